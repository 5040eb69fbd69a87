import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { atomProblems, offeredFeeds } from "../atom";
import { sitemapPaths } from "../e2e/sitemap";

/**
 * The fixture's objective TP20-2.1 has summaries written to break a feed or put live HTML in it
 * (tests/fixtures/progress-site): every feed that carries them is still valid Atom, and each
 * reaches a subscriber as the text the page shows, never as markup.
 */
test("every feed is valid Atom, with hostile summaries carried as their text", async ({
  request,
}) => {
  const get = async (path: string) => (await request.get(path)).text();
  const paths = await offeredFeeds(await sitemapPaths(request), get);
  expect(paths).toEqual(["/plans/test-plan/updates.xml", "/updates.xml"]);
  for (const path of paths) {
    const xml = await (await request.get(path)).text();
    expect(await atomProblems(xml), path).toEqual([]);
    const hostile = parseFeed(xml).items.filter((item) =>
      item.id?.includes("/objectives/1#update-2020-02"),
    );
    expect(
      hostile.map((item) => item.title),
      path,
    ).toEqual(Array(4).fill("TP20-2.1 The first objective: on track"));
    const summaries = [...xml.matchAll(/<summary type="html">([^<]*)<\/summary>/g)].map(
      (m) => m[1],
    );
    // Markup in a summary reaches the feed escaped twice over: as HTML text, inside XML text.
    expect(summaries.join("\n"), path).toContain("a ]]&amp;gt; b ]]&amp;gt; c");
    expect(summaries.join("\n"), path).toContain(
      "&lt;code&gt;&amp;lt;img src=x onerror=alert(1)&amp;gt;&lt;/code&gt;",
    );
    expect(summaries.join("\n"), path).toContain("&amp;lt;img src=x onerror=alert(2)&amp;gt;");
    expect(summaries.join("\n"), path).not.toMatch(/&lt;img/);
    expect(summaries.join("\n"), path).toContain(
      "&lt;a href=&quot;https://strategy.example.org/plans/test-plan/first-priority&quot;&gt;",
    );
  }
});
