import { expect, test, type Page } from "@playwright/test";

/**
 * A few residents' journeys through each host: pages stay plain HTML and CSS (no framework script,
 * nothing under /_next/), nothing is blocked by the content security policy, and what the proxy
 * and the cache do never shows.
 */
function watch(page: Page) {
  const seen = { framework: [] as string[], violations: [] as string[], failed: [] as string[] };
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/_next/")) seen.framework.push(request.url());
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.violations.push(message.text());
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== "document") {
      seen.failed.push(`${response.status()} ${response.url()}`);
    }
  });
  return seen;
}

test("home page to a plan, a priority and one of its actions", async ({ page }) => {
  const seen = watch(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Oxfordshire County Council");
  await page.getByRole("link", { name: "Corporate Plan 2018-21" }).first().click();
  await expect(page).toHaveURL(/\/plans\/corporate-plan-2018-21$/);
  await page.getByRole("link", { name: /We help people lead safe healthy lives/ }).click();
  await expect(page).toHaveURL(/\/plans\/corporate-plan-2018-21\/safe-healthy-lives$/);
  await expect(page.locator("#action-1")).toContainText("CP18-2.1");
  expect(await page.locator("script:not([src^='/assets/'])").count()).toBe(0);
  expect(seen).toEqual({ framework: [], violations: [], failed: [] });
});

test("a citation's short link, in any case, lands on its page", async ({ page }) => {
  const seen = watch(page);
  for (const link of ["/ref/CP18-2.16", "/ref/cp18-2.16"]) {
    await page.goto(link);
    await expect(page, link).toHaveURL(
      /\/plans\/corporate-plan-2018-21\/safe-healthy-lives\/actions\/16$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(seen).toEqual({ framework: [], violations: [], failed: [] });
});

test("search from the search page, with the results as you type", async ({ page }) => {
  const seen = watch(page);
  await page.goto("/search?q=roads");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.locator("#search-page-q").fill("libraries");
  await expect(page.getByRole("status")).toContainText("libraries");
  expect(seen).toEqual({ framework: [], violations: [], failed: [] });
});

test("a wrong address answers our own page, and a wrong reference the nearest ones", async ({
  page,
}) => {
  const seen = watch(page);
  const response = await page.goto("/plans/no-such-plan/");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveURL(/\/plans\/no-such-plan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  expect(await page.locator("script").count()).toBe(0);

  const wrong = await page.goto("/ref/CP18-2.99");
  expect(wrong?.status()).toBe(404);
  await expect(page.getByRole("link", { name: /CP18-2\./ }).first()).toBeVisible();
  expect(seen).toEqual({ framework: [], violations: [], failed: [] });
});
