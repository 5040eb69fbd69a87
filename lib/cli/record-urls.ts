/**
 * `npm run urls:record`: adds every page the site now publishes to content/published-urls.txt.
 * It never removes a line: an address once published must keep answering (a page or a redirect),
 * and the end-to-end tests check every line of the file.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatIssues } from "@/lib/content/issues";
import { loadSite } from "@/lib/site/load-site";
import { PUBLISHED_URLS_FILE, parsePublishedUrls } from "@/lib/site/published-urls";
import { sitemapPaths } from "@/lib/site/pages";

const result = await loadSite({ root: process.cwd(), includeDrafts: false, purpose: "check" });
if (!result.ok) {
  console.error(formatIssues(result.issues));
  process.exit(1);
}
const file = path.join(process.cwd(), PUBLISHED_URLS_FILE);
const existing = await readFile(file, "utf8").catch(() => "");
const known = new Set(parsePublishedUrls(existing));
const added = sitemapPaths(result.graph).filter((url) => !known.has(url));
if (added.length === 0) {
  console.log(`${PUBLISHED_URLS_FILE} already lists every published page (${known.size}).`);
} else {
  const header =
    existing === ""
      ? "# Every address the site has ever published. Add with npm run urls:record; never remove a line.\n"
      : "";
  const separator = existing === "" || existing.endsWith("\n") ? "" : "\n";
  await writeFile(file, `${header}${existing}${separator}${added.join("\n")}\n`);
  console.log(`Added ${added.length} addresses to ${PUBLISHED_URLS_FILE}.`);
}
