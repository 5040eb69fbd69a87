import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderView } from "@/lib/render/respond";
import type { BuildFacts } from "@/lib/site/build-facts";
import { describePage, htmlPages, type HtmlKindName } from "@/lib/site/pages";
import { loadWith } from "./fixture-tree";

/**
 * A page's title is its kind's (lib/site/page-kinds.ts), given to the view as ctx.title. These
 * views still word their page's title apart from their kind's, until one wording is chosen for
 * each: the list may shrink, never grow.
 */
const WORDED_BY_THE_VIEW: readonly HtmlKindName[] = [
  "home",
  "priority",
  "action",
  "objective",
  "chapter",
  "theme",
  "service",
  "search",
  "entryHistory",
  "actionHistory",
  "objectiveHistory",
  "datedReference",
];

const FACTS: BuildFacts = {
  today: "2026-12-01",
  history: { available: true, lastUpdated: new Map(), changes: [], items: new Map() },
  assets: {
    "site.css": "/assets/site.css?v=test",
    "search.js": "/assets/search.js?v=test",
    "search-index.json": "/assets/search-index.json?v=test",
    "copy-citation.js": "/assets/copy-citation.js?v=test",
  },
};

const unescape = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

describe("a page's title is its kind's", () => {
  it("titles every page of every other kind with its kind's title", async () => {
    const result = await loadWith({});
    if (!result.ok) throw new Error("the fixture does not load");
    const graph = result.graph;
    const pages = htmlPages(graph).filter((page) => !WORDED_BY_THE_VIEW.includes(page.kind));
    expect(new Set(pages.map((page) => page.kind)).size).toBeGreaterThan(5);
    for (const page of pages) {
      const html = renderToStaticMarkup(renderView(graph, page, new URLSearchParams(), FACTS));
      const title = unescape(/<title>([^<]*)<\/title>/.exec(html)![1]!);
      expect(title, page.path).toBe(`${describePage(page).title} – ${graph.site.siteTitle}`);
    }
  });
});
