import { describe, expect, it } from "vitest";
import { formatIssue, type ContentIssue } from "@/lib/content/issues";
import { badFixture, issuesOf, loadWith, loadWithBadFixture } from "./fixture-tree";

/**
 * Every kind of broken content file, one fixture each (tests/fixtures/bad/), placed into a copy of
 * the valid minimal tree. Each test pins where the problem is reported (file, line, column, field)
 * and the words the editor reads.
 */

const PRIORITY = "plans/test-plan/priorities/03-third-priority.mdx";
const PRIORITY_FILE = `content/${PRIORITY}`;

function placeOf(issue: ContentIssue | undefined) {
  return { file: issue?.file, line: issue?.line, column: issue?.column, field: issue?.field };
}

function onlyIssue(issues: ContentIssue[]): ContentIssue {
  expect(issues.map(formatIssue)).toHaveLength(1);
  return issues[0]!;
}

const service = (id: string, name: string) => `---\nid: ${id}\nname: ${name}\n---\n`;
const theme = (id: string, title: string) =>
  `---\nid: ${id}\ntitle: ${title}\ndescription: ${title}.\n---\n`;

describe("malformed YAML frontmatter", () => {
  it("reports a bad indent at its line, naming the field", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("yaml-bad-indent", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 6, column: 1, field: "title" });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:6:1 — title
        The frontmatter is not valid YAML: All mapping items must start at the same column
        fix:      Check the indentation: list items start with '- ' and line up under their field."
    `);
  });

  it("reports an unquoted value containing ': ' at its line, naming the field", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("yaml-unquoted-colon", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 4, column: 8, field: "title" });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:4:8 — title
        The frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings
        fix:      A value containing ': ' or '#' must be in double quotes."
    `);
  });

  it("reports a field written twice at the second one", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("yaml-duplicate-key", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 5, column: 1, field: "title" });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:5:1 — title
        The frontmatter is not valid YAML: Map keys must be unique
        fix:      A field appears twice in the same place: keep one of them."
    `);
  });
});

describe("frontmatter that does not fit the schema", () => {
  it("reports a missing required field at the start of the frontmatter, naming it", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("missing-title", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 2, column: 1, field: "title" });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:2:1 — title
        This field is required.
        expected: text
        found:    nothing (the field is missing)
        fix:      Add the field title with text."
    `);
  });

  it("reports a wrong type at the field, with what was found", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("wrong-type-number", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 3, column: 1, field: "number" });
    expect(issue.found).toBe('the text "three"');
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:3:1 — number
        This field must be a number.
        expected: a number
        found:    the text "three"
        fix:      Write the number without quotes, e.g. 3."
    `);
  });

  it("reports an unknown field at its own line, with a did-you-mean hint", async () => {
    const issues = await issuesOf(loadWithBadFixture("unknown-field-titel", PRIORITY));
    expect(issues.map((issue) => issue.message)).toEqual([
      "This field is required.",
      "Unknown field: titel.",
    ]);
    const unknown = issues[1]!;
    expect(placeOf(unknown)).toEqual({ file: PRIORITY_FILE, line: 4, column: 1, field: "titel" });
    expect(unknown.hint).toContain("'titel' → 'title'");
    expect(formatIssue(unknown)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:4:1 — titel
        Unknown field: titel.
        expected: only these fields: id, number, title, shortTitle, planTheme, commitment, summary, themes, relatedPriorities, objectives, measures, actions, draftingNotes, withdrawn, formerIds, draft, changeNote, changeKind
        found:    titel
        fix:      Did you mean 'titel' → 'title'? Check the spelling."
    `);
    // The title is still missing, and is reported where missing fields are: at the frontmatter.
    expect(placeOf(issues[0])).toEqual({
      file: PRIORITY_FILE,
      line: 2,
      column: 1,
      field: "title",
    });
  });

  it("reports an unknown field inside a list item at its own line, with its full path", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("unknown-nested-field", PRIORITY)));
    expect(placeOf(issue)).toEqual({
      file: PRIORITY_FILE,
      line: 9,
      column: 5,
      field: "actions → item 1 → leed",
    });
    expect(issue.hint).toContain("'leed' → 'lead'");
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:9:5 — actions → item 1 → leed
        Unknown field: leed.
        expected: only these fields: number, group, text, lead, leadAsWritten, leadCertainty, memberLead, themes, updates, draftingNotes, withdrawn, formerNumbers, changeNote, changeKind
        found:    leed
        fix:      Did you mean 'leed' → 'lead'? Check the spelling."
    `);
  });
});

describe("references to entries that do not exist", () => {
  it("an unknown lead service: the hint lists the nearest service ids", async () => {
    const issue = onlyIssue(
      await issuesOf(
        loadWith({
          [PRIORITY]: await badFixture("unknown-lead"),
          "services/highways.mdx": service("highways", "Highways"),
          "services/fire-protection.mdx": service("fire-protection", "Fire Protection"),
          "services/adult-social-care.mdx": service("adult-social-care", "Adult Social Care"),
          "services/trading-standards.mdx": service("trading-standards", "Trading Standards"),
        }),
      ),
    );
    expect(placeOf(issue)).toEqual({
      file: PRIORITY_FILE,
      line: 9,
      column: 5,
      field: "actions → item 1 → lead",
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:9:5 — actions → item 1 → lead
        There is no lead service 'fire-and-rescue'.
        expected: the id of a file in content/services/
        found:    fire-and-rescue
        fix:      Did you mean 'fire-and-rescue-service', 'fire-protection', 'highways'?"
    `);
  });

  it("an unknown cross-plan theme: the hint lists the nearest theme ids", async () => {
    const issue = onlyIssue(
      await issuesOf(
        loadWith({
          [PRIORITY]: await badFixture("unknown-cross-theme"),
          "themes/housing.mdx": theme("housing", "Housing"),
          "themes/wealth.mdx": theme("wealth", "Wealth"),
          "themes/transport.mdx": theme("transport", "Transport"),
        }),
      ),
    );
    expect(placeOf(issue)).toEqual({
      file: PRIORITY_FILE,
      line: 7,
      column: 5,
      field: "themes → item 2",
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:7:5 — themes → item 2
        There is no cross-plan theme 'helth'.
        expected: the id of a file in content/themes/
        found:    helth
        fix:      Did you mean 'health', 'wealth', 'housing'?"
    `);
  });

  it("an unknown plan theme: the hint lists the plan's nearest theme ids", async () => {
    const issue = onlyIssue(
      await issuesOf(
        loadWith({
          [PRIORITY]: await badFixture("unknown-plan-theme"),
          "plans/test-plan/themes/green-places.mdx":
            "---\nid: green-places\ntitle: Green places\norder: 2\n---\n",
        }),
      ),
    );
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 5, column: 1, field: "planTheme" });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:5:1 — planTheme
        The plan test-plan has no theme 'thriving-peple'.
        expected: the id of a file in content/plans/test-plan/themes/
        found:    thriving-peple
        fix:      Did you mean 'thriving-people', 'green-places'?"
    `);
  });
});

describe("duplicates", () => {
  it("two services with the same id: reported at the second file's id", async () => {
    const issue = onlyIssue(
      await issuesOf(loadWithBadFixture("duplicate-service", "services/fire-service-copy.mdx")),
    );
    expect(placeOf(issue)).toEqual({
      file: "content/services/fire-service-copy.mdx",
      line: 2,
      column: 1,
      field: "id",
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/services/fire-service-copy.mdx:2:1 — id
        The id 'fire-and-rescue-service' is already used by content/services/fire-and-rescue-service.mdx.
        expected: an id not used by any other service
        found:    fire-and-rescue-service
        fix:      Give one of the two entries a different id (and keep the old one in formerIds if it was published)."
    `);
  });

  it("two actions with the same number in one priority: reported at the second", async () => {
    const issue = onlyIssue(
      await issuesOf(loadWithBadFixture("duplicate-action-number", PRIORITY)),
    );
    expect(placeOf(issue)).toEqual({
      file: PRIORITY_FILE,
      line: 10,
      column: 5,
      field: "actions → item 2 → number",
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:10:5 — actions → item 2 → number
        The reference TP20-3.1 is already used by content/plans/test-plan/priorities/03-third-priority.mdx (actions → item 1 → number).
        expected: a number not used by another item
        found:    TP20-3.1
        fix:      Numbers make references that councillors cite: give the new item the next unused number."
    `);
  });

  it("two priorities with the same number in a plan: reported at the later file", async () => {
    const issue = onlyIssue(
      await issuesOf(loadWithBadFixture("duplicate-priority-number", PRIORITY)),
    );
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 3, column: 1, field: "number" });
    expect(issue.message).toContain("content/plans/test-plan/priorities/02-second-priority.mdx");
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:3:1 — number
        The reference TP20-2 is already used by content/plans/test-plan/priorities/02-second-priority.mdx (number).
        expected: a number not used by another item
        found:    TP20-2
        fix:      Numbers make references that councillors cite: give the new item the next unused number."
    `);
  });
});

describe("malformed MDX body", () => {
  it("an unclosed component is reported at its opening tag", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("mdx-unclosed-component", PRIORITY)));
    expect(placeOf(issue)).toEqual({
      file: PRIORITY_FILE,
      line: 9,
      column: 1,
      field: undefined,
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:9:1
        The MDX body cannot be read: Expected a closing tag for \`<Callout>\` (9:1-9:10)
        fix:      Check for an unclosed <Component>, a stray < or { (write &lt; or \\{), or a tag closed in the wrong order."
    `);
  });

  it("a stray { is reported on its line", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("mdx-stray-brace", PRIORITY)));
    // The parser notices the missing } at the end of the paragraph the { opened.
    expect(placeOf(issue)).toEqual({
      file: PRIORITY_FILE,
      line: 9,
      column: 37,
      field: undefined,
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:9:37
        The MDX body cannot be read: Unexpected end of file in expression, expected a corresponding closing brace for \`{\`
        fix:      Check for an unclosed <Component>, a stray < or { (write &lt; or \\{), or a tag closed in the wrong order."
    `);
  });

  it("an unknown component: the message lists the allowed components", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("mdx-unknown-component", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 9, column: 1, field: undefined });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:9:1
        Unknown component <Chart>.
        fix:      Use Markdown, or one of the allowed components: Callout, DraftingNote, Figure, InformationToFollow. Write a literal < as &lt;."
    `);
  });
});

describe("files that are not content entries", () => {
  it("a file with no frontmatter", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("no-frontmatter", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 1, column: 1, field: undefined });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:1:1
        The file does not start with frontmatter.
        expected: a first line of three hyphens (---), the fields, then another line of ---
        found:    "# A priority without frontmatter"
        fix:      Copy the top of a similar file in the same folder and change its fields."
    `);
  });

  it("frontmatter that is never closed", async () => {
    const issue = onlyIssue(await issuesOf(loadWithBadFixture("frontmatter-unclosed", PRIORITY)));
    expect(placeOf(issue)).toEqual({ file: PRIORITY_FILE, line: 1, column: 1, field: undefined });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/03-third-priority.mdx:1:1
        The frontmatter is never closed.
        expected: a line of three hyphens (---) after the last field
        found:    no closing ---
        fix:      Add a line containing only --- after the frontmatter fields."
    `);
  });

  it("a file in a folder the site does not read", async () => {
    const issue = onlyIssue(
      await issuesOf(
        loadWithBadFixture("unknown-folder", "plans/test-plan/actions/stray-file.mdx"),
      ),
    );
    expect(placeOf(issue)).toEqual({
      file: "content/plans/test-plan/actions/stray-file.mdx",
      line: 1,
      column: 1,
      field: undefined,
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/test-plan/actions/stray-file.mdx:1:1
        This file is in a folder the site does not read.
        expected: one of: content/site.mdx, content/plans/<plan>/plan.mdx, content/plans/<plan>/priorities/<nn>-<id>.mdx, content/plans/<plan>/themes/<theme>.mdx, content/plans/<plan>/pages/<page>.mdx, content/plans/<plan>/figures/<figure>.mdx, content/services/<service>.mdx, content/themes/<theme>.mdx, content/statuses/<status>.mdx, content/pages/<page>.mdx
        found:    content/plans/test-plan/actions/stray-file.mdx
        fix:      Move the file into the folder for its kind of entry."
    `);
  });

  it("a .md file", async () => {
    const issue = onlyIssue(
      await issuesOf(loadWithBadFixture("markdown-extension", "services/police.md")),
    );
    expect(placeOf(issue)).toEqual({
      file: "content/services/police.md",
      line: 1,
      column: 1,
      field: undefined,
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/services/police.md:1:1
        Content files must end in .mdx; this file would be ignored.
        expected: .mdx
        found:    .md
        fix:      Rename it to content/services/police.mdx."
    `);
  });
});

describe("the layout of plans and the site", () => {
  it("a plan whose id differs from its folder", async () => {
    const issue = onlyIssue(
      await issuesOf(loadWithBadFixture("plan-id-mismatch", "plans/other-folder/plan.mdx")),
    );
    expect(placeOf(issue)).toEqual({
      file: "content/plans/other-folder/plan.mdx",
      line: 2,
      column: 1,
      field: "id",
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/other-folder/plan.mdx:2:1 — id
        A plan's id must be the name of its folder.
        expected: other-folder
        found:    other-plan
        fix:      Rename the folder content/plans/other-folder to other-plan, or change the id."
    `);
  });

  it("a priority in a plan folder without plan.mdx", async () => {
    const issue = onlyIssue(
      await issuesOf(
        loadWithBadFixture("priority-without-plan", "plans/ghost-plan/priorities/01-orphan.mdx"),
      ),
    );
    expect(placeOf(issue)).toEqual({
      file: "content/plans/ghost-plan/priorities/01-orphan.mdx",
      line: 1,
      column: 1,
      field: undefined,
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/plans/ghost-plan/priorities/01-orphan.mdx:1:1
        The folder content/plans/ghost-plan/ has no plan.mdx.
        expected: content/plans/ghost-plan/plan.mdx
        found:    no plan file
        fix:      Add the plan's plan.mdx, or move this file into an existing plan's folder."
    `);
  });

  it("a missing site.mdx is reported against content/site.mdx", async () => {
    const issue = onlyIssue(await issuesOf(loadWith({ "site.mdx": null })));
    expect(placeOf(issue)).toEqual({
      file: "content/site.mdx",
      line: 1,
      column: 1,
      field: undefined,
    });
    expect(formatIssue(issue)).toMatchInlineSnapshot(`
      "content/site.mdx:1:1
        The site file is missing.
        expected: exactly one content/site.mdx
        found:    0
        fix:      Keep one content/site.mdx with the council's name and the site's address."
    `);
  });
});

describe("gathering every problem before answering", () => {
  it("reports problems in the frontmatter and the body of one file together", async () => {
    const issues = await issuesOf(loadWithBadFixture("frontmatter-and-body-problems", PRIORITY));
    expect(
      issues.map((issue) => `${issue.line}:${issue.column} ${issue.field ?? "(body)"}`),
    ).toEqual(["2:1 title", "3:1 number", "8:1 (body)"]);
    expect(issues.every((issue) => issue.file === PRIORITY_FILE)).toBe(true);
  });

  it("reports two broken files in one load, sorted by file", async () => {
    const issues = await issuesOf(
      loadWith({
        // The .md check runs before the others, so this one is found first.
        "themes/air-quality.md": await badFixture("markdown-extension"),
        "services/police.mdx": await badFixture("no-frontmatter"),
        [PRIORITY]: await badFixture("wrong-type-number"),
      }),
    );
    expect(issues.map((issue) => `${issue.file}:${issue.line}:${issue.column}`)).toEqual([
      `${PRIORITY_FILE}:3:1`,
      "content/services/police.mdx:1:1",
      "content/themes/air-quality.md:1:1",
    ]);
  });
});

describe("every priority and action serves a theme", () => {
  it("reports a priority and an action without themes at their place", async () => {
    const issues = await issuesOf(
      loadWith({
        "plans/test-plan/priorities/03-third-priority.mdx": `---
id: third-priority
number: 3
title: We will forget the themes
actions:
  - number: 1
    group: Safe lives
    text: An action with no theme.
---
`,
      }),
    );
    expect(
      issues.map((issue) => `${issue.line}:${issue.column} ${issue.field} ${issue.message}`),
    ).toEqual([
      "2:1 themes Priority 3 has no cross-plan theme.",
      "6:5 actions → item 1 → themes Action 1 has no cross-plan theme.",
    ]);
    expect(issues[0]!.hint).toContain("health");
  });
});
