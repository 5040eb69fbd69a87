import { beforeAll, describe, expect, it } from "vitest";
import type { ContentGraph } from "@/lib/content/graph";
import { mdxCache, mdxCacheKey } from "@/lib/editor/preview/browser/mdx-cache";
import { addressOf, entryPage } from "@/lib/editor/preview/entry-page";
import { changedItem } from "@/lib/editor/preview/item-in-form";
import { nameInContent } from "@/lib/editor/preview/model";
import { loadSite } from "@/lib/site/load-site";

const PLAN = "content/plans/corporate-plan-2018-21";

describe("the page the preview shows for an entry", () => {
  let graph: ContentGraph;
  beforeAll(async () => {
    const result = await loadSite({ root: process.cwd(), includeDrafts: true, purpose: "render" });
    if (!result.ok) throw new Error("The content does not load.");
    graph = result.graph;
  });

  const addressFor = (file: string, item?: Parameters<typeof entryPage>[3]) => {
    const target = entryPage(graph, file, "content", item);
    if (!target) throw new Error(`No page for ${file}`);
    return { address: addressOf(target), itemPath: target.itemPath, itemLabel: target.itemLabel };
  };

  it("is an entry's own page where it has one", () => {
    expect(addressFor("content/site.mdx").address).toBe("/");
    expect(addressFor(`${PLAN}/plan.mdx`).address).toBe("/plans/corporate-plan-2018-21");
    expect(addressFor("content/services/public-health.mdx").address).toBe(
      "/services/public-health",
    );
  });

  it("is a priority's page at the action or objective being edited, with the item's own page", () => {
    const file = `${PLAN}/priorities/02-safe-healthy-lives.mdx`;
    expect(addressFor(file).address).toBe("/plans/corporate-plan-2018-21/safe-healthy-lives");
    expect(addressFor(file, { list: "actions", number: 3 })).toEqual({
      address: "/plans/corporate-plan-2018-21/safe-healthy-lives#action-3",
      itemPath: "/plans/corporate-plan-2018-21/safe-healthy-lives/actions/3",
      itemLabel: "action CP18-2.3",
    });
    // A number no item has (yet): the page, at its top.
    expect(addressFor(file, { list: "actions", number: 999 }).address).toBe(
      "/plans/corporate-plan-2018-21/safe-healthy-lives",
    );
    const objectives = "content/plans/strategic-plan-2022-25/priorities/01-climate-emergency.mdx";
    expect(addressFor(objectives, { list: "objectives", number: 1 }).address).toBe(
      "/plans/strategic-plan-2022-25/climate-emergency#objective-1",
    );
  });

  it("is where an entry without a page of its own is shown", () => {
    expect(addressFor(`${PLAN}/themes/thriving-people.mdx`).address).toBe(
      "/plans/corporate-plan-2018-21#theme-thriving-people",
    );
    expect(addressFor(`${PLAN}/figures/funding-sources.mdx`).address).toBe(
      "/plans/corporate-plan-2018-21/about-oxfordshire#figure-funding-sources",
    );
    expect(addressFor("content/statuses/on-track.mdx").address).toBe(
      `/plans/${graph.plans[0]!.id}/progress`,
    );
  });
});

describe("the item being edited", () => {
  const before = {
    actions: [
      { number: 1, text: "a" },
      { number: 2, text: "b" },
    ],
    objectives: [],
  };

  it("is the first objective or action that changed, by its number", () => {
    const after = { ...before, actions: [before.actions[0], { number: 2, text: "b!" }] };
    expect(changedItem(before, after)).toEqual({ list: "actions", number: 2 });
    expect(changedItem(before, before)).toBeUndefined();
    // A new item with no number yet has no place on the page.
    expect(changedItem(before, { ...before, actions: [...before.actions, { text: "c" }] })).toBe(
      undefined,
    );
  });
});

describe("the preview's own checks", () => {
  it("refuses a file outside the content folder", () => {
    expect(nameInContent("content", "content/themes/x.mdx")).toBe("themes/x.mdx");
    expect(() => nameInContent("content", "lib/x.mdx")).toThrow("is not a file of content/");
    expect(() => nameInContent("content", "content/../lib/x.mdx")).toThrow();
  });

  it("keeps compiled bodies in memory, the least recently used going first", async () => {
    const cache = mdxCache();
    const compiled = {
      code: "",
      headings: [],
      links: [],
      draftingNotes: [],
      figures: [],
      words: "",
    };
    const first = mdxCacheKey("first body", ["Callout"]);
    expect(first).not.toBe(mdxCacheKey("first body", ["DraftingNote"]));
    await cache.write(first, compiled);
    expect(await cache.read(first)).toBe(compiled);
    for (let index = 0; index < 2000; index++) {
      await cache.write(mdxCacheKey(`body ${index}`, []), compiled);
    }
    expect(await cache.read(first)).toBeUndefined();
  });
});
