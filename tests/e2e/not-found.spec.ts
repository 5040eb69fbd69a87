import { expect, test } from "@playwright/test";

for (const path of [
  "/no-such-page",
  "/plans/no-such-plan",
  "/plans/corporate-plan-2018-21/no-such-priority",
  "/a/b/c",
]) {
  test(`${path} answers our own 404 page with status 404`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "home page" })).toHaveAttribute("href", "/");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    expect(await page.locator("script").count()).toBe(0);
  });
}
