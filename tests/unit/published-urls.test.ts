import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { sitemapPaths } from "@/lib/site/pages";
import { PUBLISHED_URLS_FILE, parsePublishedUrls } from "@/lib/site/published-urls";

describe("the record of published addresses", () => {
  it("lists every page the site publishes now (run npm run urls:record after adding pages)", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const result = await loadContent({ root, includeDrafts: false });
    if (!result.ok) throw new Error("the content does not load: run npm run content:check");
    const recorded = new Set(
      parsePublishedUrls(await readFile(path.join(root, PUBLISHED_URLS_FILE), "utf8")),
    );
    const missing = sitemapPaths(result.graph).filter((url) => !recorded.has(url));
    expect(missing).toEqual([]);
  });

  it("reads paths and skips comments and blank lines", () => {
    expect(parsePublishedUrls("# note\n/\n\n  /plans  \n")).toEqual(["/", "/plans"]);
  });
});
