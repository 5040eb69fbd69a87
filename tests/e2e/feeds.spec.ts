import { expect, test } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { historyKey, historySubjects, subjectPath } from "../../lib/site/item-history";
import { urls } from "../../lib/site/urls";
import { atomProblemsOfEach, offeredFeeds } from "../atom";
import { contentGraph } from "./content";
import { sitemapPaths } from "./sitemap";

/**
 * Every feed the site offers is valid Atom: RFC 4287's grammar and its rules. That is the whole
 * site's, each plan's, and one for each priority, objective and action (its changes and progress).
 */
test("every feed the site offers is valid Atom", async ({ request }) => {
  test.setTimeout(300_000);
  const get = async (path: string) => (await request.get(path)).text();
  const feeds = await offeredFeeds(await sitemapPaths(request), get);
  const graph = await contentGraph();
  const plans = graph.plans.map((plan) => urls.planFeed(plan.id));
  const items = historySubjects(graph).filter((subject) => subject.kind !== "chapter");
  const itemFeeds = new Map(
    items.map((item) => [urls.itemFeed(subjectPath(item)), historyKey(item)]),
  );
  expect(feeds).toEqual([urls.feed(), ...plans, ...itemFeeds.keys()].sort());
  const xmls: string[] = [];
  for (const path of feeds) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("application/atom+xml; charset=utf-8");
    xmls.push(await response.text());
  }
  const problems = await atomProblemsOfEach(xmls);
  feeds.forEach((path, index) => {
    expect(problems[index], path).toEqual([]);
    // An item's feed is named after its item, and holds nothing of any other item's.
    const reference = itemFeeds.get(path);
    if (reference === undefined) return;
    const feed = parseFeed(xmls[index]!);
    const own = reference.replace(/\./g, "\\.");
    expect(feed.title, path).toMatch(new RegExp(`^${own}( \\(draft\\))?: changes and progress$`));
    // A priority's feed has its objectives' and actions' entries (CP18-2.16 under CP18-2).
    for (const entry of feed.items) {
      expect(entry.title, path).toMatch(new RegExp(`^${own}[. ]`));
    }
  });
});
