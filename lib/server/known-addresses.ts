import { readdirSync } from "node:fs";
import path from "node:path";
import type { ContentGraph } from "../content/graph";
import { pathFromSegments } from "../render/respond";
import { knownPaths } from "../site/resolve";

/** Carries the address asked for to app/unknown-address, which answers it with our 404 page. */
export const UNKNOWN_ADDRESS_HEADER = "x-unknown-address";

/**
 * How long a CDN may keep a 404. Short, because an address that is unknown today may be a page
 * tomorrow (a priority about to be published, a link in a report written ahead of it).
 */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=60";

/**
 * Addresses answered by a route of their own in app/ (the home page, /search, the open data…), read
 * from the folder so the list cannot fall out of step with it. The catch-all route is not one.
 */
export function ownRoutePaths(appDir: string): Set<string> {
  const paths = new Set<string>();
  for (const name of readdirSync(appDir, { recursive: true }).map(String)) {
    if (path.basename(name) !== "route.ts" || name.includes("[")) continue;
    const folder = path.dirname(name);
    paths.add(folder === "." ? "/" : `/${folder.split(path.sep).join("/")}`);
  }
  return paths;
}

/** Every file in public/, by its address. */
export function publicFilePaths(publicDir: string): Set<string> {
  return new Set(
    readdirSync(publicDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(publicDir, path.join(entry.parentPath, entry.name)))
      .map((name) => `/${name.split(path.sep).join("/")}`),
  );
}

const prerenderedByGraph = new WeakMap<ContentGraph, Set<string>>();

/**
 * The site path of a request the build has not prerendered and no route or file answers, else
 * undefined: an address the site does not have, or another spelling of one it does (a reference
 * in lower case, which redirects). Both must be answered per request, or the static catch-all
 * would store each one. Undefined also for what the framework must answer itself: its own files
 * (/_next/) and addresses with a trailing slash (it redirects them to the address without one).
 */
export function unknownAddress(
  graph: ContentGraph,
  served: ReadonlySet<string>,
  url: string,
): string | undefined {
  const pathname = new URL(url, "http://site.invalid").pathname;
  if (served.has(pathname) || pathname.startsWith("/_next/")) return undefined;
  if (pathname.length > 1 && pathname.endsWith("/")) return undefined;
  let sitePath: string;
  try {
    sitePath = pathFromSegments(pathname.slice(1).split("/").map(decodeURIComponent));
  } catch {
    return undefined;
  }
  if (served.has(sitePath)) return undefined;
  let prerendered = prerenderedByGraph.get(graph);
  if (!prerendered) {
    prerendered = new Set(knownPaths(graph));
    prerenderedByGraph.set(graph, prerendered);
  }
  return prerendered.has(sitePath) ? undefined : sitePath;
}
