import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { NextAdapter } from "next";
import { z } from "zod";

/**
 * What a build answers itself, written once at the end of `next build` by the build adapter
 * (lib/server/next-adapter.mjs, configured in next.config.ts) from the outputs Next's documented
 * adapter API gives it (`onBuildComplete`, node_modules/next/dist/docs/01-app/03-api-reference/
 * 07-adapters/). Nothing here reads a build file Next does not document: the routes, prerendered
 * answers and static files come from that API, and this file is ours.
 */
export const SERVED_TABLE_FILE = "served-table.json";

const prerenderedSchema = z.object({
  /** The address, as Next routes it. */
  path: z.string().startsWith("/"),
  status: z.number().int(),
  /** The headers the route set (content type, location…), without Next's own. */
  headers: z.record(z.string(), z.string()),
  /** The prerendered body, relative to the build folder. */
  body: z.string(),
});

const tableSchema = z.object({
  version: z.literal(1),
  /** Answers complete at build time that never change until the next build. */
  prerendered: z.array(prerenderedSchema),
  /** Every other address the build has a route or a prerendered answer for. */
  routes: z.array(z.string().startsWith("/")),
  /** The framework's own files (/_next/static/…). */
  framework: z.array(z.string().startsWith("/")),
});

export type ServedTable = z.infer<typeof tableSchema>;
export type Prerendered = z.infer<typeof prerenderedSchema>;

type BuildComplete = Parameters<NonNullable<NextAdapter["onBuildComplete"]>>[0];
type Outputs = Pick<BuildComplete["outputs"], "prerenders" | "appRoutes" | "staticFiles">;

/** Headers Next sets for itself on a prerendered answer: its cache tags and its router's Vary. */
const NEXT_OWN_HEADERS = /^(x-next-cache-tags|vary|x-nextjs-.*)$/i;

/**
 * The table from the build's outputs. A prerender is the framework's own (`/_not-found`,
 * `/_global-error`, and the RSC and segment outputs of a prerender group, which carry no
 * `routeType`) or ours. A route of its own with no parameter (`app/actions/route.ts`) wins over a
 * catch-all's prerender of the same address, as Next's router matches static segments first: such
 * a prerender is never what the address answers, so it is left out.
 */
export function tableFromOutputs(outputs: Outputs, distDir: string): ServedTable {
  const ownRoutes = outputs.appRoutes.filter((route) => isAddress(route.pathname));
  const shadowed = (prerender: Outputs["prerenders"][number]) =>
    ownRoutes.some(
      (route) => route.pathname === prerender.pathname && route.pathname !== prerender.route,
    );
  const primary = outputs.prerenders.filter(
    (prerender) =>
      prerender.routeType !== undefined && isAddress(prerender.pathname) && !shadowed(prerender),
  );
  const prerendered: Prerendered[] = [];
  const routes = new Set(ownRoutes.map((route) => route.pathname));
  for (const prerender of primary) {
    const answer = completeAnswer(prerender, distDir);
    if (answer) prerendered.push(answer);
    else routes.add(prerender.pathname);
  }
  const framework: string[] = [];
  for (const file of outputs.staticFiles) {
    if (file.pathname.startsWith("/_next/static/")) framework.push(file.pathname);
    else if (isAddress(file.pathname) && !NEXT_ERROR_PAGES.has(file.pathname)) {
      routes.add(file.pathname);
    }
  }
  return { version: 1, prerendered, routes: [...routes].sort(), framework: framework.sort() };
}

/** Next's own error pages, which it lists as static files of the build (pages/404.html). */
const NEXT_ERROR_PAGES = new Set(["/404", "/500"]);

/** An address residents can ask for: not the framework's, not a pattern, not an RSC payload. */
function isAddress(pathname: string): boolean {
  return !pathname.startsWith("/_") && !pathname.includes("[") && !pathname.endsWith(".rsc");
}

/**
 * A prerender whose answer is complete at build time, needs no work per request and is never
 * revalidated: the same bytes until the next build. Any other is left to the framework.
 */
function completeAnswer(
  prerender: BuildComplete["outputs"]["prerenders"][number],
  distDir: string,
): Prerendered | undefined {
  const { fallback } = prerender;
  if (prerender.response !== "complete" || prerender.compute !== "static") return undefined;
  if (!fallback?.filePath || fallback.initialRevalidate !== false) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fallback.initialHeaders ?? {})) {
    if (!NEXT_OWN_HEADERS.test(name)) headers[name.toLowerCase()] = [value].flat().join(", ");
  }
  return {
    path: prerender.pathname,
    status: fallback.initialStatus ?? 200,
    headers,
    body: path.relative(distDir, fallback.filePath).split(path.sep).join("/"),
  };
}

/** The JSON in text, or undefined when it is not JSON (a file cut short). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function writeServedTable(distDir: string, table: ServedTable): void {
  writeFileSync(path.join(distDir, SERVED_TABLE_FILE), `${JSON.stringify(table, null, 1)}\n`);
}

/** The table of a build folder; a clear error when there is no build, or an older one. */
export function readServedTable(distDir: string): ServedTable {
  const file = path.join(/*turbopackIgnore: true*/ distDir, SERVED_TABLE_FILE);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` before serving the site.`);
  }
  const parsed = tableSchema.safeParse(parseJson(readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(`${file} is not a table this code can read: run \`npm run build\` again.`);
  }
  return parsed.data;
}
