import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { urls, type AssetFile } from "./urls";

/** What makes each file in public/assets, for the message when one is missing. */
const MADE_BY: Record<AssetFile, string> = {
  "site.css": 'run "npm run css"',
  "search.js": 'run "npm run assets"',
  "search-index.json": 'run "npm run assets"',
  "copy-citation.js": "it is kept in git: restore it",
};

const hrefs = new Map<AssetFile, string>();

/**
 * The address of a file in public/assets, versioned by a hash of its bytes. Assets are served as
 * `immutable` for a year, so an address must change whenever the file does: a new search index
 * after a content edit, a new stylesheet or script after a code change.
 */
export function assetHref(file: AssetFile): string {
  const known = hrefs.get(file);
  if (known) return known;
  const absolute = path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "assets", file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch {
    throw new Error(
      `${absolute} is missing: ${MADE_BY[file]} (npm run build and npm run dev do it).`,
    );
  }
  const href = urls.asset(file, createHash("sha256").update(bytes).digest("hex").slice(0, 12));
  hrefs.set(file, href);
  return href;
}
