import { describe, expect, it } from "vitest";
import {
  currentUpdate,
  itemsDue,
  itemsOfPlan,
  reportingPeriodStart,
  rollUp,
} from "@/lib/content/progress";
import { measureTrend } from "@/lib/content/measures";
import { issuesOf } from "./fixture-tree";
import { FIRST, firstPriorityWith, loadWithProgress } from "./progress-fixture";

const update = (fields: string) => `    updates:\n${fields}`;

async function problemsWith(updates: string) {
  return issuesOf(loadWithProgress({ [FIRST]: firstPriorityWith(update(updates)) }));
}

async function graphWith(updates: string, includeDrafts = false) {
  const result = await loadWithProgress(
    { [FIRST]: firstPriorityWith(update(updates)) },
    includeDrafts,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.graph;
}

const ON_TRACK = `      - date: 2026-04-01\n        status: on-track\n        summary: Begun.\n`;

describe("progress updates that the check refuses, each at its file, line and field", () => {
  it.each([
    [
      "a date that is not YYYY-MM-DD",
      `      - date: 1 April 2026\n        status: on-track\n        summary: x\n`,
      {
        line: 15,
        field: "actions → item 1 → updates → item 1 → date",
        expected: expect.stringContaining("YYYY-MM-DD"),
      },
    ],
    [
      "a date not in the calendar",
      `      - date: 2026-02-30\n        status: on-track\n        summary: x\n`,
      {
        line: 15,
        field: "actions → item 1 → updates → item 1 → date",
        message: expect.stringContaining("does not exist in the calendar"),
      },
    ],
    [
      "a date after the build's",
      `      - date: 2999-01-01\n        status: on-track\n        summary: x\n`,
      { line: 15, field: "actions → item 1 → updates → item 1 → date", found: "2999-01-01" },
    ],
    [
      "two updates on one date",
      `${ON_TRACK}      - date: 2026-04-01\n        status: at-risk\n        summary: y\n`,
      {
        line: 18,
        field: "actions → item 1 → updates → item 2 → date",
        message: "There is already an update dated 2026-04-01 (update 1).",
      },
    ],
    [
      "a percent over 100",
      `      - date: 2026-04-01\n        status: on-track\n        percent: 120\n        summary: x\n`,
      { line: 17, field: "actions → item 1 → updates → item 1 → percent" },
    ],
    [
      "completed with a percent below 100",
      `      - date: 2026-04-01\n        status: completed\n        percent: 80\n        summary: x\n`,
      { line: 17, field: "actions → item 1 → updates → item 1 → percent", found: "80" },
    ],
    [
      "an unknown status, with the nearest ids",
      `      - date: 2026-04-01\n        status: ontrack\n        summary: x\n`,
      {
        line: 16,
        field: "actions → item 1 → updates → item 1 → status",
        found: "ontrack",
        hint: expect.stringContaining("'on-track'"),
      },
    ],
    [
      "a summary with a raw HTML tag",
      `      - date: 2026-04-01\n        status: on-track\n        summary: <b>Begun</b>\n`,
      { line: 17, field: "actions → item 1 → updates → item 1 → summary" },
    ],
  ])("%s", async (_, updates, expected) => {
    const issues = await problemsWith(updates);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: `content/${FIRST}`, ...expected });
  });
});

describe("progress in the graph", () => {
  it("keeps updates newest first: the first is the current status", async () => {
    const graph = await graphWith(
      `${ON_TRACK}      - date: 2026-07-01\n        status: at-risk\n        percent: 40\n        summary: Slower.\n`,
    );
    const action = graph.plans[0]!.priorities[0]!.actions[0]!;
    expect(action.updates.map((u) => u.date)).toEqual(["2026-07-01", "2026-04-01"]);
    expect(currentUpdate(action)).toMatchObject({ status: { id: "at-risk" }, percent: 40 });
    expect(currentUpdate(graph.plans[0]!.priorities[0]!.actions[1]!)).toBeUndefined();
  });

  it("publishes a draft update only in the preview", async () => {
    const draft = `${ON_TRACK}      - date: 2026-07-01\n        status: completed\n        summary: Done.\n        draft: true\n`;
    const published = await graphWith(draft, false);
    expect(currentUpdate(published.plans[0]!.priorities[0]!.actions[0]!)?.status.id).toBe(
      "on-track",
    );
    const preview = await graphWith(draft, true);
    expect(currentUpdate(preview.plans[0]!.priorities[0]!.actions[0]!)?.status.id).toBe(
      "completed",
    );
  });

  it("rolls items up by their current status, counting those not reported", async () => {
    const graph = await graphWith(
      `      - date: 2026-07-01\n        status: completed\n        summary: Done.\n`,
    );
    const priority = graph.plans[0]!.priorities[0]!;
    const summary = rollUp(priority.actions, graph.statuses);
    expect(summary).toMatchObject({ total: 2, completed: 1, notReported: 1, latest: "2026-07-01" });
    expect(summary.byStatus.find((entry) => entry.status.id === "completed")?.count).toBe(1);
    expect(summary.byStatus.map((entry) => entry.status.id)).toEqual(
      graph.statuses.map((s) => s.id),
    );
  });

  it("lists the items with no update in the plan's reporting period", async () => {
    const graph = await graphWith(ON_TRACK);
    const plan = { ...graph.plans[0]!, reportingPeriod: "quarterly" as const };
    expect(reportingPeriodStart(plan, "2026-05-31")).toBe("2026-02-28");
    const all = itemsOfPlan(plan).map((item) => item.reference);
    expect(itemsDue(plan, "2026-05-31").map((item) => item.reference)).toEqual(
      all.filter((reference) => reference !== "TP20-1.1"),
    );
    expect(itemsDue(plan, "2026-09-01").map((item) => item.reference)).toEqual(all);
    expect(itemsDue({ ...plan, reportingPeriod: undefined }, "2026-09-01")).toEqual([]);
  });
});

describe("a measure's trend, from its own figures only", () => {
  const measure = { id: "m", title: "Waiting", unit: "days", better: "lower" as const };
  it.each([
    [{ ...measure }, "No figures reported yet."],
    [
      {
        ...measure,
        data: [
          { period: "2024", value: 9, source: "s" },
          { period: "2025", value: 7, source: "s" },
        ],
      },
      "Latest: 7 days (2025). Improving since 2024.",
    ],
    [
      {
        ...measure,
        baseline: { value: 5, period: "2023" },
        data: [{ period: "2025", value: 7, source: "s" }],
      },
      "Latest: 7 days (2025). Worsening since 2023.",
    ],
    [
      {
        ...measure,
        target: { value: 8, date: "2026-03-31" },
        data: [{ period: "2025", value: 7, source: "s" }],
      },
      "Latest: 7 days (2025). The target is met.",
    ],
  ])("%#", (input, words) => {
    expect(measureTrend(input)).toBe(words);
  });
});

describe("links in progress summaries", () => {
  it("are checked like links in bodies, at the update's line", async () => {
    const issues = await problemsWith(
      `      - date: 2026-04-01\n        status: on-track\n        summary: See [the plan](/plans/no-such-plan).\n`,
    );
    expect(issues).toMatchObject([
      { file: `content/${FIRST}`, line: 15, found: "/plans/no-such-plan" },
    ]);
  });
});
