import { expect, test } from "@playwright/test";
import { citablePath, urls } from "../../lib/urls";
import { atomProblems, offeredFeeds } from "../atom";
import { contentGraph } from "./content";
import { sitemapPaths } from "./sitemap";

/** Every feed the site offers is valid Atom: RFC 4287's grammar and its rules. */
test("every feed the site offers is valid Atom", async ({ request }) => {
  test.setTimeout(120_000);
  const get = async (path: string) => (await request.get(path)).text();
  const feeds = await offeredFeeds(await sitemapPaths(request), get);
  const graph = await contentGraph();
  const plans = graph.plans.map((plan) => urls.planFeed(plan.id));
  // One feed per priority, objective and action (a reference kept by a renumbered item is the same item).
  const items = [...new Set(graph.byReference.values())].map((citable) =>
    urls.itemFeed(citablePath(citable)),
  );
  expect(feeds).toEqual([...new Set([urls.feed(), ...plans, ...items])].sort());
  for (const path of feeds) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("application/atom+xml; charset=utf-8");
    expect(await atomProblems(await response.text()), path).toEqual([]);
  }
});
