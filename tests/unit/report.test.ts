import { describe, expect, it } from "vitest";
import { editorialReport } from "@/lib/content/report";
import { loadWith } from "./fixture-tree";

describe("the editorial report", () => {
  it("lists every drafting note, unconfirmed lead and draft with its file and line", async () => {
    const result = await loadWith({
      "plans/test-plan/pages/draft-page.mdx":
        "---\nid: draft-page\ntitle: A draft\norder: 2\ndraft: true\n---\n",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const sections = Object.fromEntries(
      editorialReport(result.graph, "2026-12-01").map((section) => [
        section.title,
        section.lines.map((line) => `${line.file}:${line.line} ${line.text}`),
      ]),
    );
    expect(sections).toEqual({
      "Drafting notes": [
        "content/plans/test-plan/pages/how-we-work.mdx:9 [details-to-follow] to be developed",
        "content/plans/test-plan/priorities/01-first-priority.mdx:19 action 2: [details-to-follow] info needed",
        "content/plans/test-plan/priorities/01-first-priority.mdx:27 [being-checked] check accuracy",
      ],
      "Actions without a confirmed lead": [
        "content/plans/test-plan/priorities/01-first-priority.mdx:14 TP20-1.2: The second action.",
      ],
      "Actions without a member lead": [
        "content/plans/test-plan/priorities/01-first-priority.mdx:9 TP20-1.1: The first action.",
        "content/plans/test-plan/priorities/01-first-priority.mdx:14 TP20-1.2: The second action.",
      ],
      "Priorities without measures": [
        "content/plans/test-plan/priorities/01-first-priority.mdx:1 TP20-1: We will test the first priority",
        "content/plans/test-plan/priorities/02-second-priority.mdx:1 TP20-2: We will test objectives",
      ],
      "Actions and objectives with no update in their plan's reporting period": [],
      "Plans that do not say how often progress is reported": [
        "content/plans/test-plan/plan.mdx:1 Test Plan 2020-23",
      ],
      "Entries marked as drafts": ["content/plans/test-plan/pages/draft-page.mdx:1 A draft"],
    });
  });
});

describe("the editorial report on progress", () => {
  it("lists the items with no update in their plan's reporting period", async () => {
    const { FIRST, firstPriorityWith, loadWithProgress } = await import("./progress-fixture");
    const plan = (await import("node:fs/promises")).readFile(
      new URL("../fixtures/minimal/content/plans/test-plan/plan.mdx", import.meta.url),
      "utf8",
    );
    const result = await loadWithProgress({
      "plans/test-plan/plan.mdx": (await plan).replace(
        "---\n",
        "---\nreportingPeriod: quarterly\n",
      ),
      [FIRST]: firstPriorityWith(
        "    updates:\n      - date: 2026-11-01\n        status: on-track\n        summary: Fine.\n",
      ),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const due = editorialReport(result.graph, "2026-12-01").find((section) =>
      section.title.startsWith("Actions and objectives with no update"),
    )!;
    const references = due.lines.map((line) => line.text.split(":")[0]);
    expect(references).not.toContain("TP20-1.1");
    expect(references).toContain("TP20-1.2");
    expect(due.lines[0]!.text).toContain("(no update in the last 3 months)");
  });
});
