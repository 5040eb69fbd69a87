import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSite } from "@/lib/site/load-site";
import { sitemapPaths } from "@/lib/site/pages";
import { resolvePath } from "@/lib/site/resolve";
import { PUBLISHED_URLS_FILE, parsePublishedUrls } from "@/lib/site/published-urls";

describe("the record of published addresses", () => {
  it("lists every page the site publishes now (run npm run urls:record after adding pages)", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const result = await loadSite({ root, includeDrafts: false, purpose: "render" });
    if (!result.ok) throw new Error("the content does not load: run npm run content:check");
    const recorded = new Set(
      parsePublishedUrls(await readFile(path.join(root, PUBLISHED_URLS_FILE), "utf8")),
    );
    const missing = sitemapPaths(result.graph).filter((url) => !recorded.has(url));
    expect(missing).toEqual([]);
  });

  it("every recorded address still resolves to a page or a redirect (a deleted action would not)", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const result = await loadSite({ root, includeDrafts: false, purpose: "render" });
    if (!result.ok) throw new Error("the content does not load: run npm run content:check");
    const lost = parsePublishedUrls(
      await readFile(path.join(root, PUBLISHED_URLS_FILE), "utf8"),
    ).filter((url) => resolvePath(result.graph, url).type === "notFound");
    expect(lost).toEqual([]);
  });

  it("reads paths and skips comments and blank lines", () => {
    expect(parsePublishedUrls("# note\n/\n\n  /plans  \n")).toEqual(["/", "/plans"]);
  });
});
