import { describe, expect, it } from "vitest";
import { itemReference, normaliseReference, priorityReference } from "@/lib/content/references";
import { loadWith } from "./fixture-tree";

describe("references", () => {
  it("priorityReference joins the plan's prefix and the priority's number", () => {
    expect(priorityReference("CP18", 2)).toBe("CP18-2");
    expect(priorityReference("SP25", 10)).toBe("SP25-10");
  });

  it("itemReference adds the item's number after a full stop", () => {
    expect(itemReference("CP18", 2, 16)).toBe("CP18-2.16");
    expect(itemReference("CP18", 2, 1)).toBe("CP18-2.1");
    // Item 1 of priority 21 and item 11 of priority 2 must not collide.
    expect(itemReference("CP18", 21, 1)).not.toBe(itemReference("CP18", 2, 11));
  });

  it("normaliseReference ignores case and surrounding space", () => {
    expect(normaliseReference("cp18-2.16")).toBe("CP18-2.16");
    expect(normaliseReference("  Cp18-2.16\n")).toBe("CP18-2.16");
    expect(normaliseReference("CP18-2.16")).toBe("CP18-2.16");
    expect(normaliseReference(normaliseReference(" cp18-2 "))).toBe("CP18-2");
  });

  it("the graph's byReference is keyed by the normalised reference", async () => {
    const result = await loadWith();
    if (!result.ok) throw new Error("the minimal fixture should load");
    const { byReference } = result.graph;
    expect([...byReference.keys()].sort()).toEqual([
      "TP20-1",
      "TP20-1.1",
      "TP20-1.2",
      "TP20-2",
      "TP20-2.1",
      "TP20-2.2",
    ]);
    expect(byReference.get(normaliseReference("tp20-1.1"))?.kind).toBe("action");
  });
});
