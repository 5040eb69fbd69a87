import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where the build keeps its output; the same expression as `distDir` in next.config.ts. */
export function distDir(root = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, process.env.NEXT_DIST_DIR ?? ".next");
}

interface PrerenderManifest {
  routes: Record<string, unknown>;
}

const servedByBuild = new Map<string, ReadonlySet<string>>();

/**
 * Every address the build answers itself, spelt canonically (see canonicalPath): what it
 * prerendered (pages, redirects, the sitemap, the open data), its routes rendered per request
 * (/search, /actions), the files in public/ and the framework's own files (/_next/static/…).
 * Read from the build's output once per build folder, so it is exactly what is on disk.
 * Any other address is answered per request by app/unknown-address and stored nowhere.
 */
export function servedAddresses(root = process.cwd(), build = distDir(root)): ReadonlySet<string> {
  const known = servedByBuild.get(build);
  if (known) return known;
  const served = new Set<string>();
  const add = (address: string) => {
    const canonical = canonicalPath(address);
    if (canonical) served.add(canonical);
  };
  prerenderedRoutes(build).forEach(add);
  ownDynamicRoutes(build).forEach(add);
  filesUnder(path.join(/*turbopackIgnore: true*/ root, "public"), "/").forEach(add);
  filesUnder(path.join(/*turbopackIgnore: true*/ build, "static"), "/_next/static/").forEach(add);
  servedByBuild.set(build, served);
  return served;
}

function readBuildFile<T>(build: string, name: string): T {
  const file = path.join(/*turbopackIgnore: true*/ build, name);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` before serving the site.`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** Next's list of what it prerendered; its own pages (/_not-found, /_global-error) are not ours. */
function prerenderedRoutes(build: string): string[] {
  const manifest = readBuildFile<PrerenderManifest>(build, "prerender-manifest.json");
  return Object.keys(manifest.routes).filter((route) => !route.startsWith("/_"));
}

/**
 * Routes of their own in app/ without a parameter (/search, /actions): rendered per request from
 * the query string, so never stored. The catch-all and app/unknown-address are not among them.
 */
function ownDynamicRoutes(build: string): string[] {
  const routes = readBuildFile<Record<string, string>>(build, "app-path-routes-manifest.json");
  return Object.values(routes).filter(
    (route) => !route.includes("[") && !route.startsWith("/_") && route !== UNKNOWN_ADDRESS_ROUTE,
  );
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

/**
 * The one spelling of an address: each segment decoded, then encoded as the site's own links
 * encode it (`encodeURIComponent`, as lib/urls.ts and pathFromSegments do), so `/sitemap%2exml`,
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
