import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readServedTable } from "./served-table";

/** Where the build keeps its output; the same expression as `distDir` in next.config.ts. */
export function distDir(root = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, process.env.NEXT_DIST_DIR ?? ".next");
}

const servedByBuild = new Map<string, ReadonlySet<string>>();

/**
 * Every address the build answers itself, spelt canonically (see canonicalPath): what it
 * prerendered (pages, redirects, the sitemap, the open data), its routes rendered per request
 * (/search, /actions), the files in public/ and the framework's own files (/_next/static/…).
 * Read from the table the build wrote (lib/server/served-table.ts) and public/, once per build
 * folder, so it is exactly what is on disk. Any other address is answered per request by
 * app/unknown-address and stored nowhere.
 */
export function servedAddresses(root = process.cwd(), build = distDir(root)): ReadonlySet<string> {
  const known = servedByBuild.get(build);
  if (known) return known;
  const table = readServedTable(build);
  const served = new Set<string>();
  const add = (address: string) => {
    const canonical = canonicalPath(address);
    if (canonical) served.add(canonical);
  };
  table.prerendered.forEach((answer) => add(answer.path));
  table.routes.filter((route) => !isUnknownAddressRoute(route)).forEach(add);
  table.framework.forEach(add);
  filesUnder(path.join(/*turbopackIgnore: true*/ root, "public"), "/").forEach(add);
  servedByBuild.set(build, served);
  return served;
}

/** Every file in a folder, by its address under prefix. */
function filesUnder(folder: string, prefix: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(folder, path.join(/*turbopackIgnore: true*/ entry.parentPath, entry.name)),
    )
    .map((name) => prefix + name.split(path.sep).map(encodeURIComponent).join("/"));
}

/** app/unknown-address answers every address the build does not (proxy.ts rewrites to it). */
export const UNKNOWN_ADDRESS_ROUTE = "/unknown-address";

function isUnknownAddressRoute(route: string): boolean {
  return route === UNKNOWN_ADDRESS_ROUTE || route.startsWith(`${UNKNOWN_ADDRESS_ROUTE}/`);
}

/**
 * The one spelling of an address: each segment decoded, then encoded as the site's own links
 * encode it (`encodeURIComponent`, as lib/site/urls.ts and pathFromSegments do), so `/sitemap%2exml`,
 * `/%73earch` and `/plans/a%2Db` have the canonical forms `/sitemap.xml`, `/search`, `/plans/a-b`.
 * Undefined for a path whose percent-encoding is malformed.
 */
export function canonicalPath(pathname: string): string | undefined {
  try {
    return pathname
      .split("/")
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join("/");
  } catch {
    return undefined;
  }
}
