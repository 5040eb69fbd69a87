import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { strandedSeparators } from "./boxes";
import { contentGraph } from "./content";
import { sitemapPaths } from "./sitemap";

test("the sitemap lists the home page, both plans and every priority", async ({ request }) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain("/");
  expect(paths).toContain("/plans/corporate-plan-2018-21");
  expect(paths).toContain("/plans/strategic-plan-2022-25");
  const graph = await contentGraph();
  for (const plan of graph.plans) {
    for (const priority of plan.priorities) {
      expect(paths).toContain(`/plans/${plan.id}/${priority.id}`);
    }
    expect(paths).toContain(`/plans/${plan.id}/print`);
    expect(paths).toContain(`/plans/${plan.id}/progress`);
  }
  const actions = graph.plans.flatMap((plan) => plan.priorities.flatMap((p) => p.actions));
  expect(paths.filter((path) => /\/actions\/\d+$/.test(path))).toHaveLength(actions.length);
  expect(new Set(paths).size).toBe(paths.length);
});

function isHistoryPage(path: string): boolean {
  return path.endsWith("/history");
}

test("robots.txt points to the sitemap", async ({ request }) => {
  const body = await (await request.get("/robots.txt")).text();
  expect(body).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

// The sitemap is checked in shards so the two test workers share the pages.
const SHARDS = 4;
for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`every page in the sitemap is sound, plain HTML, accessible and fits 320 px (part ${shard + 1} of ${SHARDS})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(600_000);
    // History pages (one per item) are checked by tests/e2e/history.spec.ts: every one as HTML,
    // a sample of every kind and feature in Chromium, so CI does not scan 230 near-alike pages.
    const paths = (await sitemapPaths(request))
      .filter((path) => !isHistoryPage(path))
      .filter((_, index) => index % SHARDS === shard);
    const draftPlans = (await contentGraph()).plans.filter((plan) => plan.status === "draft");
    const titles = new Set<string>();
    for (const path of paths) {
      await test.step(path, async () => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        // Plain HTML: no framework runtime; the only script is the small copy-button one.
        const scripts = await page
          .locator("script")
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("src") ?? "inline"));
        // Scripts are versioned by a hash of their bytes, as they are cached for a year.
        expect(
          scripts.filter(
            (src) => !/^\/assets\/(copy-citation|search)\.js\?v=[0-9a-f]{12}$/.test(src),
          ),
          path,
        ).toEqual([]);
        await expect(page.locator('link[rel="stylesheet"]'), path).toHaveAttribute(
          "href",
          /^\/assets\/site\.css\?v=[0-9a-f]{12}$/,
        );
        await expect(page.locator("h1"), path).toHaveCount(1);
        await expect(page.locator("main#main-content"), path).toHaveCount(1);
        await expect(page.locator("header"), path).toHaveCount(1);
        await expect(page.locator("footer"), path).toHaveCount(1);
        await expect(page.locator('a.skip-link[href="#main-content"]'), path).toHaveCount(1);
        await expect(page.locator("html"), path).toHaveAttribute("lang", "en-GB");

        // Headings never skip a level.
        const levels = await page
          .locator("h1, h2, h3, h4, h5, h6")
          .evaluateAll((nodes) => nodes.map((node) => Number(node.tagName.slice(1))));
        levels.reduce((previous, level) => {
          expect(
            level - previous,
            `${path}: heading levels ${levels.join(",")}`,
          ).toBeLessThanOrEqual(1);
          return level;
        }, 1);

        // Every page of a draft plan says it is a draft, in plain words.
        const ofDraft = draftPlans.find(
          (plan) => path === `/plans/${plan.id}` || path.startsWith(`/plans/${plan.id}/`),
        );
        await expect(page.locator(".phase-banner"), path).toHaveCount(ofDraft ? 1 : 0);
        if (ofDraft) {
          await expect(page.locator(".phase-banner"), path).toContainText(
            `the ${ofDraft.title} has not been adopted by the council`,
          );
        }

        // Drafting notes are editorial state: residents never see them.
        const text = await page.locator("body").innerText();
        expect(text, path).not.toMatch(
          /#[^#\n]{2,60}#|\[to be developed|TO BE ADDED|info needed|Drafting note|\(TBC\)/i,
        );

        const title = await page.title();
        expect(titles.has(title), `${path}: duplicate title ${title}`).toBe(false);
        titles.add(title);
        await expect(page.locator('meta[name="description"]'), path).toHaveAttribute(
          "content",
          /\S/,
        );
        await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute(
          "href",
          new RegExp(`${path === "/" ? "/" : path}$`),
        );

        expect(await axeViolations(page), `${path} at 1280 px`).toEqual([]);
        // A breadcrumb's separator is on the line of the link it introduces, at both widths.
        expect(await strandedSeparators(page), `${path} at 1280 px`).toEqual([]);
        // At 320 px, every page: nothing scrolls sideways. And axe again on every page with a
        // table, a chart or a scrolling box (what narrow screens break), and every tenth page
        // besides: every page at both widths would double the longest step of CI; the pages left
        // out are the same templates with other words.
        await page.setViewportSize({ width: 320, height: 640 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
        expect(await strandedSeparators(page), `${path} at 320 px`).toEqual([]);
        const narrowRisk = await page.locator("main table, main svg, main [tabindex='0']").count();
        if (narrowRisk > 0 || paths.indexOf(path) % 10 === 0) {
          expect(await axeViolations(page), `${path} at 320 px`).toEqual([]);
        }
        await page.setViewportSize({ width: 1280, height: 720 });
      });
    }
  });
}

test("every page has its own title and a description", async ({ request }) => {
  const seen = new Map<string, string>();
  for (const path of await sitemapPaths(request)) {
    const html = await (await request.get(path)).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    expect(title, path).not.toBe("");
    expect(seen.get(title), `${path} has the same title as ${seen.get(title)}`).toBeUndefined();
    seen.set(title, path);
    expect(html, path).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
  }
});
