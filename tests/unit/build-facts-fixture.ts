import type { BuildFacts } from "@/lib/site/build-facts";

/** The addresses of the site's assets as a test's pages name them, with no asset built. */
export const TEST_ASSETS: BuildFacts["assets"] = {
  "site.css": "/assets/site.css?v=test",
  "search.js": "/assets/search.js?v=test",
  "search-index.json": "/assets/search-index.json?v=test",
  "copy-citation.js": "/assets/copy-citation.js?v=test",
};

/** A history with nothing in it: the pages of a copy whose files have no recorded change. */
const EMPTY_HISTORY: BuildFacts["history"] = {
  available: true,
  lastUpdated: new Map(),
  changes: [],
  items: new Map(),
};

/** Facts of a build, made here so a test needs neither git nor built assets. */
export function testFacts(history = EMPTY_HISTORY, today = "2026-12-01"): BuildFacts {
  return { today, history, assets: TEST_ASSETS };
}
