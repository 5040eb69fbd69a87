import { describe, expect, it } from "vitest";
import {
  CONTENT_KINDS,
  classify,
  ENTRY_KINDS,
  layoutOf,
  type EntryKind,
} from "@/lib/content/kinds";

/** A file of the kind, its path relative to content/, made from the kind's written layout. */
const exampleOf = (kind: EntryKind) =>
  layoutOf(kind)
    .replace(/^content\//, "")
    .replace("<plan>", "some-plan")
    .replace(/<[^>]+>/g, "an-entry");

describe("the table of content kinds", () => {
  it.each(ENTRY_KINDS)("reads a file laid out as %s's layout says as that kind", (kind) => {
    const inPlan = CONTENT_KINDS[kind].inPlan;
    expect(classify(exampleOf(kind))).toEqual(
      inPlan ? { kind, planFolder: "some-plan" } : { kind },
    );
  });

  it("reads no other file as an entry", () => {
    for (const file of [
      "site.md",
      "sites.mdx",
      "plans/plan.mdx",
      "plans/a/b/plan.mdx",
      "plans/a/other/x.mdx",
      "plans/a/priorities/b/x.mdx",
      "services/a/x.mdx",
      "services.mdx",
      "pages/x.md",
      "priorities/x.mdx",
    ]) {
      expect(classify(file), file).toBeUndefined();
    }
  });

  it("gives each kind its own files", () => {
    const layouts = ENTRY_KINDS.map(layoutOf);
    expect(new Set(layouts).size).toBe(layouts.length);
  });
});
