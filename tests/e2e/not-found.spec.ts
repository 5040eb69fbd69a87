import { readdirSync } from "node:fs";
import path from "node:path";
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

test("an unknown address is cached by a CDN for a minute, and leaves nothing on the server's disk", async ({
  request,
}) => {
  const token = `never-seen-${Date.now()}`;
  for (const address of [`/zz/${token}`, `/plans/${token}`, `/ref/${token}`]) {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
    expect(response.headers()["cache-control"], address).toBe("public, max-age=60");
    expect(response.headers()["content-security-policy"], address).toContain("default-src 'self'");
    expect(await response.text(), address).toContain("Page not found");
  }
  // Another spelling of a reference still redirects, but is not stored either.
  const spelling = "cP18-2";
  const redirect = await request.get(`/ref/${spelling}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(308);
  expect(redirect.headers()["location"]).toMatch(
    /\/plans\/corporate-plan-2018-21\/safe-healthy-lives$/,
  );

  const build = path.resolve(import.meta.dirname, "../../.next");
  const stored = readdirSync(build, { recursive: true }).map(String);
  expect(stored.length).toBeGreaterThan(100);
  expect(stored.filter((name) => name.includes(token) || name.includes(spelling))).toEqual([]);
});
