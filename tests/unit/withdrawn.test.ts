import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContentGraph } from "@/lib/content";
import { formatIssue } from "@/lib/content/issues";
import { itemsDue, rollUp } from "@/lib/content/progress";
import { renderHtml } from "@/lib/render/html";
import { renderView } from "@/lib/render/respond";
import { actionRecords } from "@/lib/site/open-data";
import { htmlPages } from "@/lib/site/pages";
import { issuesOf, loadWith } from "./fixture-tree";
import { factsOf } from "./history-repo";

const PRIORITY = "plans/test-plan/priorities/01-first-priority.mdx";
const WITHDRAWN = '    withdrawn:\n      date: 2027-03-01\n      reason: "Merged into action 1."\n';

// Rendering needs no build: the facts a build finds are given here.
const FACTS = factsOf({ available: false, reason: "not a build" }, "2027-06-01");

const fixture = () =>
  readFile(path.resolve(import.meta.dirname, "../fixtures/minimal/content", PRIORITY), "utf8");

/** The first priority with its second action given `lines` (after its text). */
async function secondActionWith(lines: string): Promise<Record<string, string>> {
  const text = (await fixture()).replace(
    "    text: The second action.\n",
    `    text: The second action.\n${lines}`,
  );
  return { [PRIORITY]: text };
}

async function graphWith(files: Record<string, string>): Promise<ContentGraph> {
  const result = await loadWith(files);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.graph;
}

function pageAt(graph: ContentGraph, address: string): string {
  const page = htmlPages(graph).find((candidate) => candidate.path === address)!;
  return renderHtml(renderView(graph, page, new URLSearchParams(), FACTS));
}

describe("a withdrawn action keeps its page and reference, and says so", () => {
  it("says on its page that it was withdrawn, when and why", async () => {
    const graph = await graphWith(await secondActionWith(WITHDRAWN));
    const html = pageAt(graph, "/plans/test-plan/first-priority/actions/2");
    expect(html).toContain("<h1>Action 2</h1>");
    expect(html).toContain(
      '<strong class="tag tag--grey">Withdrawn</strong> This action was withdrawn on <time dateTime="2027-03-01">1 March 2027</time>.',
    );
    expect(html).toContain("<p>Merged into action 1.</p>");
    expect(html).toContain("TP20-1.2");
  });

  it("is shown as withdrawn in its priority's list, and not counted in its progress", async () => {
    const graph = await graphWith(await secondActionWith(WITHDRAWN));
    const priority = graph.plans[0]!.priorities[0]!;
    const html = pageAt(graph, "/plans/test-plan/first-priority");
    const item = html.slice(html.indexOf('id="action-2"'));
    expect(item.slice(0, item.indexOf("</li>"))).toContain(
      '<strong class="tag tag--grey">Withdrawn</strong> <span class="meta-text">on <time dateTime="2027-03-01">1 March 2027</time></span>',
    );
    expect(rollUp(priority.actions, graph.statuses)).toMatchObject({ total: 1, notReported: 1 });
    const due = itemsDue({ ...priority.plan, reportingPeriod: "quarterly" }, "2027-06-01");
    expect(due).toContain(priority.actions[0]);
    expect(due).not.toContain(priority.actions[1]);
  });

  it("is withdrawn in open data, with the date and the reason", async () => {
    const graph = await graphWith(await secondActionWith(WITHDRAWN));
    expect(actionRecords(graph)[1]).toMatchObject({
      reference: "TP20-1.2",
      withdrawn: "2027-03-01",
      withdrawn_reason: "Merged into action 1.",
    });
    expect(actionRecords(graph)[0]).toMatchObject({ withdrawn: "", withdrawn_reason: "" });
  });

  it("a withdrawn priority says so at the top of its page", async () => {
    const text = (await fixture()).replace(
      "number: 1\n",
      'number: 1\nwithdrawn:\n  date: 2027-03-01\n  reason: "The council now pursues this in priority 2."\n',
    );
    const html = pageAt(await graphWith({ [PRIORITY]: text }), "/plans/test-plan/first-priority");
    expect(html).toContain("This priority was withdrawn on");
    expect(html).toContain("<p>The council now pursues this in priority 2.</p>");
  });
});

describe("a withdrawal needs a real date and a reason", () => {
  const problems = async (lines: string) =>
    (await issuesOf(loadWith(await secondActionWith(lines)))).map(formatIssue).join("\n\n");

  it("refuses one without a reason", async () => {
    expect(await problems("    withdrawn:\n      date: 2027-03-01\n")).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:17:5 — actions → item 2 → withdrawn → reason
        This field is required.
        expected: text
        found:    nothing (the field is missing)
        fix:      Add the field reason with text."
    `);
  });

  it("refuses a date that is not in the calendar", async () => {
    expect(await problems('    withdrawn:\n      date: 2027-02-30\n      reason: "Merged."\n'))
      .toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:18:7 — actions → item 2 → withdrawn → date
        This date does not exist in the calendar: check the day and the month.
        found:    the text "2027-02-30""
    `);
  });

  it("refuses a date written another way", async () => {
    expect(await problems('    withdrawn:\n      date: 01/03/2027\n      reason: "Merged."\n'))
      .toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:18:7 — actions → item 2 → withdrawn → date
        This field is not in the right form.
        expected: a date written as YYYY-MM-DD, e.g. 2026-10-01
        found:    the text "01/03/2027""
    `);
  });
});
