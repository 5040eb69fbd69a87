import { describe, expect, it } from "vitest";
import { MDX_COMPONENT_NAMES as allowedMdxComponents } from "@/lib/site/mdx-names";
import { formatIssue } from "@/lib/content/issues";
import { badFixture, issuesOf, loadWith, loadWithBadFixture } from "./fixture-tree";

/**
 * MDX bodies may hold Markdown and the allowed components only. Each fixture below has a valid
 * priority frontmatter (lines 1-5) and one unsafe form in its body; the content must not load, and
 * the problem must name the file and the line of the unsafe form.
 */

const PRIORITY = "plans/test-plan/priorities/03-third-priority.mdx";
const PRIORITY_FILE = `content/${PRIORITY}`;

const REJECTED: {
  fixture: string;
  form: string;
  line: number;
  column: number;
  message: RegExp;
}[] = [
  {
    fixture: "mdx-import",
    form: 'import x from "y"',
    line: 7,
    column: 1,
    message: /cannot use import or export/,
  },
  {
    fixture: "mdx-export",
    form: "export const a = 1",
    line: 7,
    column: 1,
    message: /cannot use import or export/,
  },
  {
    fixture: "mdx-expression",
    form: "{1 + 1}",
    line: 7,
    column: 18,
    message: /cannot contain \{ \} expressions/,
  },
  {
    fixture: "mdx-script",
    form: "<script>",
    line: 9,
    column: 1,
    message: /Raw HTML <script> is not allowed/,
  },
  {
    fixture: "mdx-iframe",
    form: "<iframe>",
    line: 9,
    column: 1,
    message: /Raw HTML <iframe> is not allowed/,
  },
  {
    fixture: "mdx-style",
    form: "<style>",
    line: 9,
    column: 1,
    message: /Raw HTML <style> is not allowed/,
  },
  {
    fixture: "mdx-event-handler",
    form: '<Callout onClick="x">',
    line: 7,
    column: 1,
    message: /<Callout> has an attribute that is not allowed: onClick/,
  },
  {
    fixture: "mdx-spread",
    form: "<Callout {...props}>",
    line: 7,
    column: 1,
    message: /<Callout> cannot take \{\.\.\.\} attributes/,
  },
  {
    fixture: "mdx-javascript-link",
    form: "[x](javascript:alert(1))",
    line: 7,
    column: 3,
    message: /cannot use javascript: addresses/,
  },
  {
    fixture: "mdx-data-image",
    form: "![x](data:image/png;base64,AAAA)",
    line: 7,
    column: 11,
    message: /cannot use data: addresses/,
  },
  {
    fixture: "mdx-javascript-uppercase",
    form: "[x](JavaScript:alert(1))",
    line: 7,
    column: 3,
    message: /cannot use javascript: addresses/,
  },
  {
    fixture: "mdx-javascript-definition",
    form: "[x]: javascript:alert(1)",
    line: 9,
    column: 1,
    message: /cannot use javascript: addresses/,
  },
  {
    fixture: "mdx-vbscript-link",
    form: "[x](vbscript:msgbox(1))",
    line: 7,
    column: 3,
    message: /cannot use vbscript: addresses/,
  },
  {
    fixture: "mdx-unsafe-url-attribute",
    form: '<Callout href="javascript:alert(1)">',
    line: 7,
    column: 1,
    message: /<Callout> has an attribute that is not allowed: href/,
  },
  {
    fixture: "mdx-fragment",
    form: "<>fragment</>",
    line: 7,
    column: 1,
    message: /cannot use <> fragments/,
  },
  {
    fixture: "mdx-raw-anchor",
    form: "<a href>",
    line: 9,
    column: 1,
    message: /Raw HTML <a> is not allowed/,
  },
];

describe("unsafe MDX is rejected", () => {
  it("the fixtures' frontmatter is valid, so only the body is being tested", async () => {
    const text = await badFixture("mdx-import");
    const frontmatter = text.split("\n").slice(0, 5).join("\n");
    expect(frontmatter.endsWith("---")).toBe(true);
    const themed = frontmatter.replace(/---$/, "themes: [health]\n---");
    const safe = `${themed}\n\n<Callout>A [safe link](https://example.org).</Callout>\n`;
    const result = await loadWith({ [PRIORITY]: safe });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n\n"));
    const priority = result.graph.plans[0]!.priorities.find((p) => p.id === "third-priority");
    expect(priority?.body.links.map((link) => link.url)).toEqual(["https://example.org"]);
  });

  it.each(REJECTED)(
    "$form is reported at its line and the content does not load",
    async ({ fixture, line, column, message }) => {
      const result = await loadWithBadFixture(fixture, PRIORITY);
      expect(result.ok).toBe(false);
      const issues = await issuesOf(Promise.resolve(result));
      expect(issues).toHaveLength(1);
      const [issue] = issues;
      expect(issue!.file).toBe(PRIORITY_FILE);
      expect(issue!.line).toBe(line);
      expect(issue!.column).toBe(column);
      expect(issue!.field).toBeUndefined();
      expect(issue!.message).toMatch(message);
      expect(issue!.hint).toBeTruthy();
    },
  );

  it("an unknown or raw-HTML element's hint lists the allowed components", async () => {
    const issues = await issuesOf(loadWithBadFixture("mdx-script", PRIORITY));
    for (const name of allowedMdxComponents) expect(issues[0]!.hint).toContain(name);
  });

  it("reports every problem in one file, not just the first", async () => {
    const issues = await issuesOf(loadWithBadFixture("mdx-several-problems", PRIORITY));
    expect(issues.every((issue) => issue.file === PRIORITY_FILE)).toBe(true);
    expect(issues.map((issue) => `${issue.line}:${issue.column} ${issue.message}`))
      .toMatchInlineSnapshot(`
        [
          "9:1 Unknown component <Chart>.",
          "11:3 Links and images cannot use javascript: addresses.",
          "11:39 Content files cannot contain { } expressions.",
          "13:1 Raw HTML <iframe> is not allowed in content files.",
        ]
      `);
  });
});
