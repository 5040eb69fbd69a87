import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test } from "@playwright/test";
import { historySubjects, subjectPath } from "../../lib/site/item-history";
import { urls } from "../../lib/site/urls";
import { atomProblemsOfEach, offeredFeeds } from "../atom";
import { sitemapPaths } from "../e2e/sitemap";
import { fixtureGraph } from "./fixture";

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
  const graph = await fixtureGraph();
  const items = historySubjects(graph).filter((subject) => subject.kind !== "chapter");
  expect(paths).toEqual(
    [
      "/updates.xml",
      ...graph.plans.map((plan) => urls.planFeed(plan.id)),
      ...items.map((item) => urls.itemFeed(subjectPath(item))),
    ].sort(),
  );
  const xmls = await Promise.all(paths.map(get));
  const problems = await atomProblemsOfEach(xmls);
  const carrying: string[] = [];
  for (const [index, path] of paths.entries()) {
    expect(problems[index], path).toEqual([]);
    const xml = xmls[index]!;
    const hostile = parseFeed(xml).items.filter((item) =>
      item.id?.includes("/objectives/1#update-2020-02"),
    );
    if (hostile.length === 0) continue;
    carrying.push(path);
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
  // The site's, the plan's, and the objective's own and its priority's.
  const objective = "/plans/test-plan/second-priority/objectives/1";
  expect(carrying).toEqual(
    [
      "/updates.xml",
      "/plans/test-plan/updates.xml",
      urls.itemFeed("/plans/test-plan/second-priority"),
      urls.itemFeed(objective),
    ].sort(),
  );
});
