import { expect, test } from "@playwright/test";
import { loadSite } from "../../lib/site/load-site";
import { sitemapPaths } from "./sitemap";

/**
 * The council's documents report no progress yet, and none may be invented: every action and
 * objective says so, and no page shows a status tag the content does not give.
 */
test("with the real content, nothing reads as progress the council has not reported", async ({
  request,
}) => {
  test.setTimeout(300_000);
  const loaded = await loadSite({ root: process.cwd(), includeDrafts: false, purpose: "check" });
  if (!loaded.ok) throw new Error("the content must load");
  const items = loaded.graph.plans.flatMap((plan) =>
    plan.priorities.flatMap((priority) => [...priority.objectives, ...priority.actions]),
  );
  // Once the council reports progress, only the pages of items with no report are held to this.
  const anyReported = items.some((item) => item.updates.length > 0);

  const statusTag = new RegExp(
    `<strong class="tag tag--\\w+">(${loaded.graph.statuses.map((status) => status.name).join("|")})`,
  );
  const paths = await sitemapPaths(request);
  const itemPages = paths.filter((path) => /\/(actions|objectives)\/\d+$/.test(path));
  expect(itemPages).toHaveLength(items.length);
  const unreported = new Set(
    items.filter((item) => item.updates.length === 0).map((item) => item.reference),
  );
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const reference = /<dt>Reference<\/dt><dd>([^<]+)<\/dd>/.exec(html)?.[1];
    const isUnreportedItem = itemPages.includes(path) && unreported.has(reference ?? "");
    if (!anyReported || isUnreportedItem) expect(html, path).not.toMatch(statusTag);
    if (isUnreportedItem) expect(html, path).toContain("No progress reported yet.");
  }
  expect(anyReported || unreported.size === items.length).toBe(true);
});
