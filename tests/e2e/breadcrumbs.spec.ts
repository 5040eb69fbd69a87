import { expect, test, type APIRequestContext } from "@playwright/test";
import { strandedSeparators } from "./boxes";
import { sitemapPaths } from "./sitemap";

/**
 * The history pages, one of each trail: an action's or objective's history has the same trail as
 * the first of its priority but for the number in it. Every other page's breadcrumbs are checked
 * at both widths as every-page.spec.ts visits it; history pages are the ones it leaves out.
 */
async function pagesWithEveryTrail(request: APIRequestContext): Promise<string[]> {
  const seen = new Set<string>();
  return (await sitemapPaths(request)).filter((path) => {
    if (!path.endsWith("/history")) return false;
    const trail = path.replace(/\/(actions|objectives)\/\d+/, "/$1");
    if (seen.has(trail)) return false;
    seen.add(trail);
    return true;
  });
}

// At a phone's width and a laptop's: a breadcrumb's separator is always on the line of the link it
// introduces, so the trail reads as one.
for (const width of [320, 1280]) {
  test(`no breadcrumb separator of a history page is alone on its line at ${width} px`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let wrapped = 0;
    for (const path of await pagesWithEveryTrail(request)) {
      await page.goto(path);
      problems.push(...(await strandedSeparators(page)).map((problem) => `${path}: ${problem}`));
      const lines = await page
        .locator("nav.breadcrumbs a")
        .evaluateAll(
          (links) => new Set(links.map((link) => link.getBoundingClientRect().top)).size,
        );
      if (lines > 1) wrapped += 1;
    }
    expect(problems).toEqual([]);
    // The check saw trails that wrap, where a separator could be stranded (none do at 1280 px).
    if (width === 320) expect(wrapped).toBeGreaterThan(0);
    await context.close();
  });
}
