import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { issuesOf, loadWith } from "./fixture-tree";

const DRAFT_PRIORITY = {
  "plans/test-plan/priorities/03-draft-priority.mdx": `---
id: draft-priority
number: 3
title: We will publish this later
draft: true
actions:
  - number: 1
    group: Safe lives
    text: A draft action.
    lead: fire-and-rescue-service
    themes: [health]
themes: [health]
---

## Not ready yet
`,
};

const DRAFT_PAGE = {
  "plans/test-plan/pages/draft-page.mdx": `---
id: draft-page
title: A page not ready yet
order: 2
draft: true
---
`,
};

async function graphOf(files: Record<string, string>, includeDrafts: boolean) {
  const result = await loadWith(files, includeDrafts);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n\n"));
  return result.graph;
}

describe("drafts", () => {
  it("in production, a draft priority is absent from the graph", async () => {
    const graph = await graphOf(DRAFT_PRIORITY, false);
    const plan = graph.plans[0]!;
    expect(plan.priorities.map((p) => p.id)).toEqual(["first-priority", "second-priority"]);
    expect(graph.byReference.has("TP20-3")).toBe(false);
    expect(graph.byReference.has("TP20-3.1")).toBe(false);
    // Its action does not show on the lead service's page either.
    expect(graph.services[0]!.actions.map((a) => a.reference)).toEqual(["TP20-1.1"]);
  });

  it("in the preview, a draft priority is present", async () => {
    const graph = await graphOf(DRAFT_PRIORITY, true);
    const plan = graph.plans[0]!;
    expect(plan.priorities.map((p) => p.id)).toEqual([
      "first-priority",
      "second-priority",
      "draft-priority",
    ]);
    expect(graph.byReference.get("TP20-3")?.kind).toBe("priority");
    expect(graph.services[0]!.actions.map((a) => a.reference)).toEqual(["TP20-1.1", "TP20-3.1"]);
  });

  it("draft plan pages follow the same rule", async () => {
    expect((await graphOf(DRAFT_PAGE, false)).plans[0]!.pages.map((p) => p.id)).toEqual([
      "how-we-work",
    ]);
    expect((await graphOf(DRAFT_PAGE, true)).plans[0]!.pages.map((p) => p.id)).toEqual([
      "how-we-work",
      "draft-page",
    ]);
  });

  it("a priority that is not a draft is published in production", async () => {
    const text = DRAFT_PRIORITY["plans/test-plan/priorities/03-draft-priority.mdx"];
    const graph = await graphOf(
      {
        "plans/test-plan/priorities/03-draft-priority.mdx": text.replace(
          "draft: true",
          "draft: false",
        ),
      },
      false,
    );
    expect(graph.plans[0]!.priorities.map((p) => p.id)).toContain("draft-priority");
  });

  it("in production, a draft is still checked: a broken draft stops the load", async () => {
    const text = DRAFT_PRIORITY["plans/test-plan/priorities/03-draft-priority.mdx"];
    const issues = await issuesOf(
      loadWith(
        {
          "plans/test-plan/priorities/03-draft-priority.mdx": text.replace(
            "number: 3",
            "number: three",
          ),
        },
        false,
      ),
    );
    expect(issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.field}`)).toEqual([
      "content/plans/test-plan/priorities/03-draft-priority.mdx:3:1 number",
    ]);
  });
});
