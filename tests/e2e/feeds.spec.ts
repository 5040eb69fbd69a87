import { expect, test } from "@playwright/test";
import { urls } from "../../lib/site/urls";
import { atomProblems, offeredFeeds } from "../atom";
import { contentGraph } from "./content";
import { sitemapPaths } from "./sitemap";

/** Every feed the site offers is valid Atom: RFC 4287's grammar and its rules. */
test("every feed the site offers is valid Atom", async ({ request }) => {
  test.setTimeout(120_000);
  const get = async (path: string) => (await request.get(path)).text();
  const feeds = await offeredFeeds(await sitemapPaths(request), get);
  const plans = (await contentGraph()).plans.map((plan) => urls.planFeed(plan.id));
  expect(feeds).toEqual([urls.feed(), ...plans].sort());
  for (const path of feeds) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe("application/atom+xml; charset=utf-8");
    expect(await atomProblems(await response.text()), path).toEqual([]);
  }
});
