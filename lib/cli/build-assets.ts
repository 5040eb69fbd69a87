/**
 * `npm run assets`: the static files the search needs, made from the content at build time: the
 * serialised search index and the small search script (MiniSearch and our island, bundled).
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { formatIssues } from "@/lib/content/issues";
import { loadSite } from "@/lib/site/load-site";
import { searchIndex } from "@/lib/render/search-index";

const root = process.cwd();
const out = path.join(root, "public", "assets");
const includeDrafts = process.argv.includes("--drafts");

// The search documents are made from rendered bodies, so the bodies are compiled, not only checked.
const result = await loadSite({ root, includeDrafts, purpose: "render" });
if (!result.ok) {
  console.error(formatIssues(result.issues));
  process.exit(1);
}
await mkdir(out, { recursive: true });
const index = JSON.stringify(searchIndex(result.graph));
await writeFile(path.join(out, "search-index.json"), index);

await build({
  entryPoints: [path.join(root, "lib", "client", "search-island.ts")],
  outfile: path.join(out, "search.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2019"],
  legalComments: "none",
  logLevel: "warning",
});
console.log(
  `Search index (${(index.length / 1024).toFixed(0)} KB) and search script written to public/assets.`,
);
