import { beforeAll, describe, expect, it } from "vitest";
import type { ContentGraph } from "@/lib/content/graph";
import { filterActions, filtersUrl, parseFilters } from "@/lib/site/action-filters";
import { actionRecords, toCsv } from "@/lib/site/open-data";
import { loadWith } from "./fixture-tree";

let graph: ContentGraph;

beforeAll(async () => {
  const result = await loadWith();
  if (!result.ok) throw new Error("fixture should load");
  graph = result.graph;
});

describe("the actions explorer's filters", () => {
  it("read known values and ignore unknown ones", () => {
    const filters = parseFilters(
      new URLSearchParams(
        "plan=test-plan&priority=tp20-1&service=nope&lead=unconfirmed&theme=health",
      ),
      graph,
    );
    expect(filters).toEqual({
      plan: "test-plan",
      priority: "TP20-1",
      theme: "health",
      service: undefined,
      lead: "unconfirmed",
    });
  });

  it("filter by lead service and by lead status", () => {
    const byService = filterActions(graph, { service: "fire-and-rescue-service" });
    expect(byService.map((action) => action.reference)).toEqual(["TP20-1.1"]);
    const unconfirmed = filterActions(graph, { lead: "unconfirmed" });
    expect(unconfirmed.map((action) => action.reference)).toEqual(["TP20-1.2"]);
    expect(filterActions(graph, {}).length).toBe(2);
  });

  it("make a shareable address of the filters", () => {
    expect(filtersUrl({ plan: "test-plan", service: "fire-and-rescue-service" })).toBe(
      "/actions?plan=test-plan&service=fire-and-rescue-service",
    );
    expect(filtersUrl({})).toBe("/actions");
  });
});

describe("open data", () => {
  it("has every action with its reference, lead, themes and permalink", () => {
    expect(actionRecords(graph)[0]).toEqual({
      reference: "TP20-1.1",
      plan: "Test Plan 2020-23",
      plan_status: "draft",
      priority_reference: "TP20-1",
      priority: "We will test the first priority",
      group: "Safe lives",
      number: 1,
      text: "The first action.",
      lead: "Fire and Rescue Service",
      lead_certainty: "confirmed",
      lead_as_written: "",
      member_lead: "",
      themes: "Health and wellbeing",
      drafting_flags: "",
      status: "",
      percent: "",
      updated: "",
      withdrawn: "",
      withdrawn_reason: "",
      permalink: "https://strategy.example.org/plans/test-plan/first-priority/actions/1",
    });
  });

  it("quotes CSV fields so commas, quotes and line breaks survive", () => {
    const [record] = actionRecords(graph);
    const csv = toCsv([{ ...record!, text: 'He said "yes", then\nleft' }]);
    const [header, row] = csv.split("\r\n");
    expect(header).toBe(
      '"reference","plan","plan_status","priority_reference","priority","group","number","text","lead","lead_certainty","lead_as_written","member_lead","themes","drafting_flags","status","percent","updated","withdrawn","withdrawn_reason","permalink"',
    );
    expect(row).toContain('"He said ""yes"", then\nleft"');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it.each(['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])(
    "writes %j so a spreadsheet shows it as text, not a formula",
    (text) => {
      const [record] = actionRecords(graph);
      const row = toCsv([{ ...record!, text }]).split("\r\n")[1]!;
      expect(row).toContain(`"'${text.replace(/"/g, '""')}"`);
    },
  );

  it("keeps ordinary text as it is", () => {
    const [record] = actionRecords(graph);
    expect(toCsv([{ ...record!, text: "Reduce harm by 5%" }])).toContain('"Reduce harm by 5%"');
  });
});
