import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { NOTE_KIND_NAMES, NOTE_KINDS } from "@/lib/content/note-kinds";
import { renderHtml } from "@/lib/render/html";
import { searchDocuments } from "@/lib/render/search-index";
import { renderView } from "@/lib/render/respond";
import { actionRecords, objectiveRecords } from "@/lib/site/open-data";
import type { ContentGraph } from "@/lib/content";
import type { BuildFacts } from "@/lib/site/build-facts";
import { describePage, htmlPages, type HtmlPage } from "@/lib/site/pages";
import { issuesOf, loadWith } from "./fixture-tree";

const PRIORITY = "plans/test-plan/priorities/01-first-priority.mdx";
const fixture = (name: string) =>
  readFile(path.resolve(import.meta.dirname, "../fixtures/minimal/content", name), "utf8");

// Rendering needs no build: the facts a build finds are given here.
const FACTS: BuildFacts = {
  today: "2026-12-01",
  history: { available: false, reason: "not a build" },
  assets: {
    "site.css": "/assets/site.css",
    "search.js": "/assets/search.js",
    "search-index.json": "/assets/search-index.json",
    "copy-citation.js": "/assets/copy-citation.js",
  },
};
const pageHtml = (graph: ContentGraph, page: HtmlPage) =>
  renderHtml(renderView(graph, page, new URLSearchParams(), FACTS));

async function graphWith(files: Record<string, string> = {}) {
  const result = await loadWith(files);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.graph;
}

describe("drafting notes have a kind, and residents read only its sentence", () => {
  it("refuses a frontmatter note of an unknown kind, naming the kinds there are", async () => {
    const text = (await fixture(PRIORITY)).replace("kind: details-to-follow", "kind: soon");
    const [issue, ...rest] = await issuesOf(loadWith({ [PRIORITY]: text }));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      file: `content/${PRIORITY}`,
      line: 19,
      field: "actions → item 2 → draftingNotes → item 1 → kind",
    });
    for (const kind of NOTE_KIND_NAMES) expect(issue!.expected).toContain(kind);
  });

  it("refuses a note in the body with no kind, or an unknown one, at its line", async () => {
    const text = await fixture(PRIORITY);
    for (const [note, message] of [
      ["<DraftingNote>check accuracy</DraftingNote>", "<DraftingNote> needs a kind"],
      [
        '<DraftingNote kind="later">check accuracy</DraftingNote>',
        '<DraftingNote> has an unknown kind "later"',
      ],
    ] as const) {
      const broken = text.replace(
        '<DraftingNote kind="being-checked">check accuracy</DraftingNote>',
        note,
      );
      const [issue, ...rest] = await issuesOf(loadWith({ [PRIORITY]: broken }));
      expect(rest).toEqual([]);
      expect(issue!.message).toContain(message);
      expect(issue).toMatchObject({ file: `content/${PRIORITY}`, line: 27 });
      expect(issue!.hint).toContain(NOTE_KIND_NAMES.join(", "));
    }
  });

  it("puts the sentence of each kind beside the item, never the note", async () => {
    const graph = await graphWith();
    const priority = graph.plans[0]!.priorities[0]!;
    const page = htmlPages(graph).find(
      (candidate) => candidate.path === "/plans/test-plan/first-priority",
    )!;
    const html = pageHtml(graph, page);
    expect(html).toContain(NOTE_KINDS["details-to-follow"]);
    expect(html).toContain(NOTE_KINDS["being-checked"]);
    expect(html).not.toContain("info needed");
    expect(html).not.toContain("check accuracy");
    expect(priority.actions[1]!.draftingNotes).toEqual([
      { kind: "details-to-follow", note: "info needed" },
    ]);
  });
});

describe("leads are as certain as the plan", () => {
  it("tells residents a queried lead is not confirmed, with the plan's own words", async () => {
    const text = (await fixture(PRIORITY)).replace(
      "    lead: fire-and-rescue-service\n",
      '    lead: fire-and-rescue-service\n    leadAsWritten: "Fire & Rescue Service?"\n    leadCertainty: tentative\n',
    );
    const graph = await graphWith({ [PRIORITY]: text });
    const action = graph.plans[0]!.priorities[0]!.actions[0]!;
    expect(action.leadCertainty).toBe("tentative");
    const page = htmlPages(graph).find((candidate) => candidate.path.endsWith("/actions/1"))!;
    const html = pageHtml(graph, page);
    expect(html).toContain("Fire and Rescue Service</a></span> – not yet confirmed");
    expect(html).toContain("(the plan writes “Fire &amp; Rescue Service?”)</span>");
    expect(actionRecords(graph)[0]).toMatchObject({
      lead_certainty: "tentative",
      lead_as_written: "Fire & Rescue Service?",
    });
    const servicePage = htmlPages(graph).find((candidate) => candidate.kind === "service")!;
    expect(pageHtml(graph, servicePage)).toContain(
      "Named in the Test Plan 2020-23 as: “Fire &amp; Rescue Service?”",
    );
  });

  it("an action with no lead is unconfirmed, and cannot be called tentative", async () => {
    const graph = await graphWith();
    expect(graph.plans[0]!.priorities[0]!.actions[1]!.leadCertainty).toBe("unconfirmed");
    const text = (await fixture(PRIORITY)).replace(
      "    text: The second action.\n",
      "    text: The second action.\n    leadCertainty: tentative\n",
    );
    const [issue] = await issuesOf(loadWith({ [PRIORITY]: text }));
    expect(issue).toMatchObject({
      file: `content/${PRIORITY}`,
      message: "Only a named lead can be confirmed or tentative.",
      field: "actions → item 2 → leadCertainty",
    });
  });
});

describe("a draft plan says so on every page of it", () => {
  it("gives every page made from a plan's files that plan, and the banner to a draft's", async () => {
    const graph = await graphWith();
    const plan = graph.plans[0]!;
    expect(plan.status).toBe("draft");
    const ofPlan = htmlPages(graph).filter((page) => page.path.startsWith(`/plans/${plan.id}`));
    expect(ofPlan.length).toBeGreaterThan(plan.priorities.length + plan.pages.length);
    // Pages about more than one plan (a service's, a theme's) are not marked as one plan's.
    const service = htmlPages(graph).find((page) => page.kind === "service")!;
    expect(describePage(service).plan).toBeNull();
    for (const page of ofPlan) {
      expect(describePage(page).plan, page.path).toBe(plan);
      expect(pageHtml(graph, page), page.path).toContain(
        'class="phase-banner" data-plan-status="draft"',
      );
    }
  });

  it("says so where the plan's items are listed away from its pages: explorer and search", async () => {
    const graph = await graphWith();
    const explorer = htmlPages(graph).find((page) => page.kind === "actionsExplorer")!;
    const actions = graph.plans[0]!.priorities.flatMap((p) => p.actions);
    expect(pageHtml(graph, explorer).split("Draft plan</strong>").length - 1).toBe(actions.length);
    const fromPlan = searchDocuments(graph).filter((document) => document.plan !== "All plans");
    expect(fromPlan.length).toBeGreaterThan(0);
    for (const document of fromPlan) expect(document.plan).toBe("Test Plan 2020-23 (draft)");
  });

  it("shows no banner on an adopted plan's pages, and open data carries the status", async () => {
    const planFile = "plans/test-plan/plan.mdx";
    const adopted = (await fixture(planFile)).replace("status: draft", "status: adopted");
    const graph = await graphWith({ [planFile]: adopted });
    const page = htmlPages(graph).find((candidate) => candidate.kind === "priority")!;
    expect(pageHtml(graph, page)).not.toContain("phase-banner");
    expect(actionRecords(graph).map((record) => record.plan_status)).toEqual(
      actionRecords(graph).map(() => "adopted"),
    );
  });

  it("refuses a plan without a status", async () => {
    const planFile = "plans/test-plan/plan.mdx";
    const text = (await fixture(planFile)).replace("status: draft\n", "");
    const [issue] = await issuesOf(loadWith({ [planFile]: text }));
    expect(issue).toMatchObject({ file: `content/${planFile}`, field: "status" });
    expect(issue!.message).toBe("This field is required.");
  });
});

describe("objectives keep the period the plan gives them", () => {
  it("names it in the objectives' heading and on the objective's page", async () => {
    const planFile = "plans/test-plan/plan.mdx";
    const text = (await fixture(planFile)).replace(
      "status: draft\n",
      'status: draft\nobjectivesPeriod: "2020/21"\n',
    );
    const graph = await graphWith({ [planFile]: text });
    const objective = graph.plans[0]!.priorities.flatMap((p) => p.objectives)[0]!;
    expect(objective.period).toBe("2020/21");
    const page = htmlPages(graph).find((candidate) => candidate.kind === "objective")!;
    const html = pageHtml(graph, page);
    expect(html).toContain("Objectives and areas of focus for 2020/21");
    expect(html).toContain("<dt>Period</dt><dd>2020/21</dd>");
    expect(objectiveRecords(graph).map((record) => record.period)).toEqual(
      graph.plans[0]!.priorities.flatMap((p) => p.objectives).map(() => "2020/21"),
    );
  });
});
