import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderView } from "@/lib/render/respond";
import { describePage, htmlPages } from "@/lib/site/pages";
import { urls } from "@/lib/site/urls";
import { loadWith } from "./fixture-tree";
import { testFacts } from "./build-facts-fixture";

const FACTS = testFacts();

const unescape = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

/** The <title> of a page's rendered view. */
function titleOf(html: string): string {
  return unescape(/<title>([^<]*)<\/title>/.exec(html)![1]!);
}

/**
 * A page's title is its kind's (lib/site/page-kinds.ts), given to the view as ctx.title: no view
 * words its own, so the sitemap, the list of changes, the feeds and the page agree.
 */
describe("a page's title is its kind's", () => {
  it("titles every page of every kind with its kind's title, the home page with the site's", async () => {
    const result = await loadWith({});
    if (!result.ok) throw new Error("the fixture does not load");
    const graph = result.graph;
    const pages = htmlPages(graph);
    for (const page of pages) {
      const html = renderToStaticMarkup(renderView(graph, page, new URLSearchParams(), FACTS));
      const expected =
        page.path === urls.home()
          ? graph.site.siteTitle
          : `${describePage(page).title} – ${graph.site.siteTitle}`;
      expect(titleOf(html), page.path).toBe(expected);
    }
  });

  it("follows the search page's title with the words searched for", async () => {
    const result = await loadWith({});
    if (!result.ok) throw new Error("the fixture does not load");
    const search = htmlPages(result.graph).find((page) => page.kind === "search")!;
    const html = renderToStaticMarkup(
      renderView(result.graph, search, new URLSearchParams({ q: "flooding" }), FACTS),
    );
    expect(titleOf(html)).toBe(
      `${describePage(search).title}: flooding – ${result.graph.site.siteTitle}`,
    );
  });
});
