import { expect, test } from "@playwright/test";
import { axeViolations, preloadAxe } from "./axe";
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

test("robots.txt points to the sitemap", async ({ request }) => {
  const body = await (await request.get("/robots.txt")).text();
  expect(body).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
});

/** What one page says of itself, read in one round trip to the browser. */
function pageFacts() {
  const count = (selector: string) => document.querySelectorAll(selector).length;
  const attributes = (selector: string, name: string) =>
    [...document.querySelectorAll(selector)].map((node) => node.getAttribute(name) ?? "");
  return {
    scripts: [...document.querySelectorAll("script")].map(
      (node) => node.getAttribute("src") ?? "inline",
    ),
    stylesheets: attributes('link[rel="stylesheet"]', "href"),
    landmarks: {
      h1: count("h1"),
      "main#main-content": count("main#main-content"),
      header: count("header"),
      footer: count("footer"),
      "skip link": count('a.skip-link[href="#main-content"]'),
    },
    lang: document.documentElement.getAttribute("lang"),
    headingLevels: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((node) =>
      Number(node.tagName.slice(1)),
    ),
    phaseBanners: [...document.querySelectorAll(".phase-banner")].map(
      (node) => (node as HTMLElement).innerText,
    ),
    text: document.body.innerText,
    title: document.title,
    descriptions: attributes('meta[name="description"]', "content"),
    canonicals: attributes('link[rel="canonical"]', "href"),
  };
}

/** How the page is laid out at the viewport's width: sideways scroll, and lines of breadcrumbs. */
function layoutFacts() {
  const tops = [...document.querySelectorAll("nav.breadcrumbs a")].map(
    (link) => link.getBoundingClientRect().top,
  );
  return {
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    trailLines: new Set(tops).size,
  };
}

const WIDTHS = [
  { width: 1280, height: 720 },
  { width: 320, height: 640 },
] as const;

// The sitemap is checked in shards so the two test workers share the pages, and finish together.
const SHARDS = 8;
for (let shard = 0; shard < SHARDS; shard += 1) {
  test(`every page in the sitemap is sound, plain HTML, and accessible and fits at 1280 and 320 px (part ${shard + 1} of ${SHARDS})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(600_000);
    await preloadAxe(page.context());
    const paths = (await sitemapPaths(request)).filter((_, index) => index % SHARDS === shard);
    const draftPlans = (await contentGraph()).plans.filter((plan) => plan.status === "draft");
    const titles = new Set<string>();
    let wrappedTrails = 0;
    for (const [index, path] of paths.entries()) {
      await test.step(path, async () => {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        const facts = await page.evaluate(pageFacts);
        // Plain HTML: no framework runtime; the only script is the small copy-button one.
        // Scripts are versioned by a hash of their bytes, as they are cached for a year.
        expect(
          facts.scripts.filter(
            (src) => !/^\/assets\/(copy-citation|search)\.js\?v=[0-9a-f]{12}$/.test(src),
          ),
          path,
        ).toEqual([]);
        expect(facts.stylesheets, path).toEqual([
          expect.stringMatching(/^\/assets\/site\.css\?v=[0-9a-f]{12}$/),
        ]);
        expect(facts.landmarks, path).toEqual({
          h1: 1,
          "main#main-content": 1,
          header: 1,
          footer: 1,
          "skip link": 1,
        });
        expect(facts.lang, path).toBe("en-GB");

        // Headings never skip a level.
        facts.headingLevels.reduce((previous, level) => {
          expect(
            level - previous,
            `${path}: heading levels ${facts.headingLevels.join(",")}`,
          ).toBeLessThanOrEqual(1);
          return level;
        }, 1);

        // Every page of a draft plan says it is a draft, in plain words.
        const ofDraft = draftPlans.find(
          (plan) => path === `/plans/${plan.id}` || path.startsWith(`/plans/${plan.id}/`),
        );
        expect(facts.phaseBanners, path).toEqual(
          ofDraft
            ? [expect.stringContaining(`the ${ofDraft.title} has not been adopted by the council`)]
            : [],
        );

        // Drafting notes are editorial state: residents never see them.
        expect(facts.text, path).not.toMatch(
          /#[^#\n]{2,60}#|\[to be developed|TO BE ADDED|info needed|Drafting note|\(TBC\)/i,
        );

        expect(titles.has(facts.title), `${path}: duplicate title ${facts.title}`).toBe(false);
        titles.add(facts.title);
        expect(facts.descriptions, path).toEqual([expect.stringMatching(/\S/)]);
        expect(facts.canonicals, path).toEqual([
          expect.stringMatching(new RegExp(`${path === "/" ? "/" : path}$`)),
        ]);

        // At a laptop's width and a phone's, every page: axe finds nothing, nothing scrolls
        // sideways, and a breadcrumb's separator is on the line of the link it introduces. The
        // page is laid out again at the other width rather than loaded again; each page starts at
        // the width the one before ended at, which saves a layout a page.
        const widths = index % 2 === 0 ? WIDTHS : [...WIDTHS].reverse();
        for (const viewport of widths) {
          if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
          const at = `${path} at ${viewport.width} px`;
          expect(await axeViolations(page), at).toEqual([]);
          const layout = await page.evaluate(layoutFacts);
          expect(layout.overflow, `${at} scrolls sideways`).toBeLessThanOrEqual(0);
          expect(await strandedSeparators(page), at).toEqual([]);
          if (viewport.width === 320 && layout.trailLines > 1) wrappedTrails += 1;
        }
      });
    }
    // The separator check saw trails that wrap at 320 px, where a separator could be stranded.
    expect(wrappedTrails, "pages whose breadcrumbs wrap at 320 px").toBeGreaterThan(0);
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
