import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { issuesOf, loadWith } from "./fixture-tree";

const PAGE = "plans/test-plan/pages/how-we-work.mdx";
const withBody = (body: string) => `---
id: how-we-work
title: How we work
order: 1
---

${body}
`;

describe("links in MDX bodies", () => {
  it("accepts links to pages, anchors, redirects, the web and email", async () => {
    const result = await loadWith({
      [PAGE]: withBody(
        [
          "[plan](/plans/test-plan) [priority](/plans/test-plan/first-priority#actions)",
          "[action](/plans/test-plan/first-priority/actions/2) [objective](/plans/test-plan/second-priority#objective-2)",
          "[short link](/ref/tp20-1.2) [heading](/plans/test-plan/first-priority#why-is-this-important)",
          "[here](#decision-making) [web](https://example.org) [mail](mailto:someone@example.org)",
          "",
          "## Decision making",
        ].join("\n"),
      ),
    });
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n\n"));
  });

  it("reports a link to a page that does not exist, with its file and line and the nearest pages", async () => {
    const issues = await issuesOf(
      loadWith({ [PAGE]: withBody("Text.\n\nSee [the plan](/plans/test-plann/first-priority).") }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: `content/${PAGE}`, line: 9, column: 5 });
    expect(formatIssue(issues[0]!)).toMatchInlineSnapshot(`
      "content/plans/test-plan/pages/how-we-work.mdx:9:5
        The link "/plans/test-plann/first-priority" goes to a page that does not exist.
        expected: the address of a page of this site
        found:    /plans/test-plann/first-priority
        fix:      Did you mean '/plans/test-plan/first-priority', '/plans/test-plan/first-priority/history', '/plans/test-plan/first-priority/actions/1'?"
    `);
  });

  it("reports a link to an anchor that does not exist on an existing page", async () => {
    const issues = await issuesOf(
      loadWith({
        [PAGE]: withBody("See [objective 9](/plans/test-plan/second-priority#objective-9)."),
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: `content/${PAGE}`,
      line: 7,
      column: 5,
      found: "#objective-9",
    });
    expect(issues[0]!.message).toBe(
      'The link "/plans/test-plan/second-priority#objective-9" goes to a part of /plans/test-plan/second-priority that does not exist.',
    );
    expect(issues[0]!.hint).toContain("objective-2");
  });

  it("reports a broken anchor on the same page", async () => {
    const issues = await issuesOf(
      loadWith({ [PAGE]: withBody("[Up](#decision)\n\n## Decision making") }),
    );
    expect(issues.map((issue) => `${issue.line}:${issue.column} ${issue.found}`)).toEqual([
      "7:1 #decision",
    ]);
    expect(issues[0]!.hint).toContain("decision-making");
  });

  it("rejects relative links and other schemes", async () => {
    const issues = await issuesOf(
      loadWith({ [PAGE]: withBody("[a](first-priority) and [b](ftp://example.org/file)") }),
    );
    expect(issues.map((issue) => issue.found)).toEqual([
      "first-priority",
      "ftp://example.org/file",
    ]);
  });
});
