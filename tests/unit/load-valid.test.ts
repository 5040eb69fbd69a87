import { describe, expect, it } from "vitest";
import { loadWith } from "./fixture-tree";

describe("loading a valid content tree", () => {
  it("builds the graph with references, leads, themes and drafting notes", async () => {
    const result = await loadWith();
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    const { graph } = result;
    const [plan] = graph.plans;
    expect(plan?.id).toBe("test-plan");
    const priority = plan!.priorities[0]!;
    expect(priority.reference).toBe("TP20-1");
    expect(priority.planTheme?.id).toBe("thriving-people");
    expect(priority.actions.map((a) => a.reference)).toEqual(["TP20-1.1", "TP20-1.2"]);
    expect(plan!.priorities[1]!.objectives.map((o) => o.reference)).toEqual([
      "TP20-2.1",
      "TP20-2.2",
    ]);
    expect(graph.byReference.get("TP20-2.2")?.kind).toBe("objective");
    expect(priority.actions[0]!.leads.map((s) => s.id)).toEqual(["fire-and-rescue-service"]);
    expect(priority.actions[1]!.leads).toEqual([]);
    expect(graph.services[0]!.actions.map((a) => a.reference)).toEqual(["TP20-1.1"]);
    expect(graph.themes[0]!.actions).toHaveLength(2);
    expect(graph.themes[0]!.objectives).toHaveLength(1);
    expect(plan!.pages.map((p) => p.id)).toEqual(["how-we-work"]);
    expect(priority.body.headings).toEqual([
      { id: "why-is-this-important", text: "Why is this important?", depth: 2, line: 23 },
    ]);
    expect(
      graph.draftingNotes.map((n) => `${n.file}:${n.line} ${n.about}: [${n.kind}] ${n.text}`),
    ).toEqual([
      "content/plans/test-plan/pages/how-we-work.mdx:9 body: [details-to-follow] to be developed",
      "content/plans/test-plan/priorities/01-first-priority.mdx:19 action 2: [details-to-follow] info needed",
      "content/plans/test-plan/priorities/01-first-priority.mdx:27 body: [being-checked] check accuracy",
    ]);
  });

  it("returns an immutable graph", async () => {
    const result = await loadWith();
    if (!result.ok) throw new Error("fixture should load");
    expect(Object.isFrozen(result.graph.plans[0])).toBe(true);
    expect(() => {
      (result.graph.plans as unknown as unknown[]).push({});
    }).toThrow();
  });
});
