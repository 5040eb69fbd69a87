import { expect, test } from "@playwright/test";
import { objectivePath, urls } from "../../lib/site/urls";
import { contentGraph } from "./content";
import { sitemapPaths } from "./sitemap";

/**
 * The council's documents report no progress yet, and none may be invented: every action and
 * objective without a progress update says so on its page and shows no status, and while no item
 * has one, no page shows a status tag at all.
 */
test("with the real content, nothing reads as progress the council has not reported", async ({
  request,
}) => {
  test.setTimeout(300_000);
  const graph = await contentGraph();
  const priorities = graph.plans.flatMap((plan) => plan.priorities);
  const items = [
    ...priorities.flatMap((priority) =>
      priority.objectives.map((item) => ({ item, path: objectivePath(item) })),
    ),
    ...priorities.flatMap((priority) =>
      priority.actions.map((item) => ({
        item,
        path: urls.action(priority.plan.id, priority.id, item.number),
      })),
    ),
  ];
  // A status's name in a tag, whatever its colour (components/progress/StatusTag.tsx).
  const statusTag = new RegExp(
    `<strong class="tag[^"]*">(${graph.statuses.map((status) => status.name).join("|")})`,
  );
  const paths = await sitemapPaths(request);
  const itemPages = paths.filter((path) => /\/(actions|objectives)\/\d+$/.test(path));
  expect(itemPages.toSorted()).toEqual(items.map(({ path }) => path).toSorted());

  const unreported = items.filter(({ item }) => item.updates.length === 0);
  for (const { item, path } of unreported) {
    const html = await (await request.get(path)).text();
    expect(html, path).toContain(`<dt>Reference</dt><dd>${item.reference}</dd>`);
    expect(html, path).not.toMatch(statusTag);
    expect(html, path).toContain("No progress reported yet.");
  }
  // Once the council reports progress, pages show it; until then, no page may show a status.
  if (unreported.length < items.length) return;
  for (const path of paths) {
    expect(await (await request.get(path)).text(), path).not.toMatch(statusTag);
  }
});
