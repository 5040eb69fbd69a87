import type { ContentGraph } from "../content/graph";
import { today } from "../content/today";
import { getContentHistory } from "./build-facts";
import type { ResolveContext, Suggestion } from "./page-kind";
import { allPages, kindOf, PAGE_KIND_NAMES, perRequestPaths, type SitePage } from "./pages";

export type Resolution =
  | { type: "page"; page: SitePage }
  | { type: "redirect"; location: string }
  | { type: "notFound"; suggestions: readonly Suggestion[]; message?: string };

interface Router {
  pages: Map<string, SitePage>;
  /** Short links and old addresses (from formerIds) to the current ones. */
  redirects: Map<string, string>;
}

const routers = new WeakMap<ContentGraph, Router>();

/**
 * What answers an address: a page, a permanent redirect (a short reference link, or the old address
 * of a renamed entry) or "not found", with suggestions where the address's kind can make them. The
 * one router behind every route handler, made from the page kinds' declarations.
 */
/** What a server answering now reads: this process's content history, and today's date. */
const NOW: ResolveContext = { history: getContentHistory, today: () => today() };

export function resolvePath(
  graph: ContentGraph,
  path: string,
  context: ResolveContext = NOW,
): Resolution {
  const router = routerFor(graph);
  const found = router.pages.get(path);
  if (found) {
    const kind = kindOf(found.kind);
    if (kind.format === "redirect")
      return { type: "redirect", location: kind.target(found.params) };
    return { type: "page", page: found };
  }
  const moved = router.redirects.get(path);
  if (moved) return { type: "redirect", location: moved };
  return unlisted(graph, path, context);
}

/** Every address the router answers without a 404, for the static build. */
export function knownPaths(graph: ContentGraph): string[] {
  const router = routerFor(graph);
  return [...router.pages.keys(), ...router.redirects.keys()];
}

/**
 * Every address prerendered at build time: every address the router answers but the pages whose
 * kind is declared per request (they read the query string, so a prerender would be an empty one).
 */
export function prerenderedPaths(graph: ContentGraph): string[] {
  const perRequest = new Set(perRequestPaths(graph));
  return knownPaths(graph).filter((path) => !perRequest.has(path));
}

/** Does `path` fit a pattern such as "/ref/:reference" (a `:name` is one non-empty segment)? */
export function matchesPattern(pattern: string, path: string): boolean {
  const want = pattern.split("/");
  const have = path.split("/");
  return (
    want.length === have.length &&
    want.every((part, index) => (part.startsWith(":") ? have[index] !== "" : part === have[index]))
  );
}

/**
 * An address no page has: a kind whose pattern it fits may still know it, as another spelling of
 * an address, a page answered per request (a dated citation), or with suggestions.
 */
function unlisted(graph: ContentGraph, path: string, context: ResolveContext): Resolution {
  for (const name of PAGE_KIND_NAMES) {
    const kind = kindOf(name);
    if (!("unlisted" in kind) || !kind.unlisted || !matchesPattern(kind.pattern, path)) continue;
    const answer = kind.unlisted(graph, path, context);
    if ("location" in answer) return { type: "redirect", location: answer.location };
    if ("params" in answer) {
      return { type: "page", page: { kind: name, path, params: answer.params } as SitePage };
    }
    return { type: "notFound", ...answer };
  }
  return { type: "notFound", suggestions: [] };
}

function routerFor(graph: ContentGraph): Router {
  const existing = routers.get(graph);
  if (existing) return existing;
  const all = allPages(graph);
  const pages = new Map(all.map((page) => [page.path, page]));
  const redirects = new Map<string, string>();
  for (const page of all) {
    for (const former of kindOf(page.kind).formerPaths(page.params)) {
      // A current page always wins over an old address that happens to be the same.
      if (!pages.has(former)) redirects.set(former, page.path);
    }
  }
  const router = { pages, redirects };
  routers.set(graph, router);
  return router;
}
