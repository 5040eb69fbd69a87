import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { parsePublishedUrls } from "../../lib/site/published-urls";

/** An address once published keeps working: it answers 200, or redirects permanently to a 200. */
test("every address in content/published-urls.txt still answers", async ({ request }) => {
  test.setTimeout(120_000);
  const file = path.resolve(import.meta.dirname, "../../content/published-urls.txt");
  const urls = parsePublishedUrls(readFileSync(file, "utf8"));
  expect(urls.length).toBeGreaterThan(200);
  const failures: string[] = [];
  for (const url of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() === 200) continue;
    const location = response.headers()["location"];
    if (response.status() === 308 && location) {
      const target = await request.get(new URL(location, "http://x").pathname, { maxRedirects: 0 });
      if (target.status() === 200) continue;
      failures.push(`${url} → ${location} → ${target.status()}`);
    } else {
      failures.push(`${url} → ${response.status()}`);
    }
  }
  expect(failures).toEqual([]);
});
