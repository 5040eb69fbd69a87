import { expect, test, type APIRequestContext } from "@playwright/test";
import { strandedSeparators } from "./boxes";
import { sitemapPaths } from "./sitemap";

/**
 * Every page of the sitemap, but one action and one objective a priority, and one history page of
 * each: the others have the same trail as their first but for the number in it. That is a third
 * of the pages, and the check takes a third of the time.
 */
async function pagesWithEveryTrail(request: APIRequestContext): Promise<string[]> {
  const seen = new Set<string>();
  return (await sitemapPaths(request)).filter((path) => {
    const trail = path.replace(/\/(actions|objectives)\/\d+/, "/$1");
    if (seen.has(trail)) return false;
    seen.add(trail);
    return true;
  });
}

// At a phone's width and a laptop's: a breadcrumb's separator is always on the line of the link it
// introduces, so the trail reads as one.
for (const width of [320, 1280]) {
  test(`no breadcrumb separator is alone on its line at ${width} px`, async ({
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
