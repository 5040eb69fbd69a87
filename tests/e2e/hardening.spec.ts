import { expect, test } from "@playwright/test";

const ROUTE_TYPES = [
  "/",
  "/plans/corporate-plan-2018-21",
  "/plans/corporate-plan-2018-21/safe-healthy-lives",
  "/plans/corporate-plan-2018-21/safe-healthy-lives/actions/16",
  "/ref/CP18-2.16",
  "/themes/transport-and-travel",
  "/services/policy",
  "/search?q=broadband",
  "/actions?service=policy",
  "/data/actions.csv",
  "/sitemap.xml",
  "/assets/copy-citation.js",
  "/no-such-page",
];

test("every kind of response carries the security headers", async ({ request }) => {
  for (const path of ROUTE_TYPES) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("script-src 'self'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-inline");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["strict-transport-security"], path).toContain("max-age=");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("pages work under the content security policy: no blocked script or style", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  for (const path of ["/", "/plans/corporate-plan-2018-21/safe-healthy-lives", "/search?q=roads"]) {
    await page.goto(path);
  }
  await page.locator("#search-page-q").fill("libraries");
  await expect(page.getByRole("status")).toContainText("libraries");
  expect(violations).toEqual([]);
});

const HOSTILE_PATHS = [
  "/../../etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/plans/%2e%2e%2f%2e%2e%2fpackage.json",
  "/assets/..%2f..%2fpackage.json",
  "/assets/%2e%2e/%2e%2e/package.json",
  "/plans/x%2fy",
  "/plans/x/%ff%fe",
  "/%00",
  "/plans/%00/x",
  "/ref/%E0%A4%A",
  "/ref/CP18-2.16%00",
  "/plans/..%5c..%5cpackage.json",
  `/${"a".repeat(5000)}`,
  `/plans/${"b/".repeat(500)}`,
  "/.env",
  "/.git/config",
  "/next.config.ts",
  "/package.json",
  "/content/site.mdx",
  "/_next/../package.json",
  "/search?q=%ff%fe",
  "/search?q=<script>alert(1)</script>",
  "/actions?plan[]=x&service=%00",
  "/plans/corporate-plan-2018-21?utm_source=x&debug=1",
];

test("hostile addresses get a 4xx or a page, never a 5xx or a file outside the site", async ({
  request,
}) => {
  for (const path of HOSTILE_PATHS) {
    const response = await request.get(path, { maxRedirects: 0 });
    const status = response.status();
    expect(status, path).toBeLessThan(500);
    const body = await response.text();
    expect(body, path).not.toMatch(/root:x:0:0|"name": "oxfordshire-strategy"|nextConfig|siteUrl:/);
    expect(body, path).not.toContain("<script>alert(1)</script>");
  }
});

for (const method of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS"]) {
  test(`${method} is refused on every route type`, async ({ request }) => {
    for (const path of ROUTE_TYPES) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"], `${method} ${path}`).toBe("GET, HEAD");
    }
  });
}

test("HEAD answers like GET without a body", async ({ request }) => {
  const response = await request.head("/plans/corporate-plan-2018-21");
  expect(response.status()).toBe(200);
  expect(await response.text()).toBe("");
});
