import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { urls } from "../urls";

let href: string | undefined;

/** The stylesheet's address, versioned by a hash of its bytes so it can be cached for a year. */
export function stylesheetHref(): string {
  if (href) return href;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "assets", "site.css");
  let css: Buffer;
  try {
    css = readFileSync(file);
  } catch {
    throw new Error(`${file} is missing: run "npm run css" (npm run build and npm run dev do it).`);
  }
  href = urls.stylesheet(createHash("sha256").update(css).digest("hex").slice(0, 12));
  return href;
}
