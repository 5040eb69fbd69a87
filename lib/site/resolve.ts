import type { ContentGraph } from "../content/graph";
import { nearest } from "../content/nearest";
import { normaliseReference } from "../content/references";
import { citablePath, priorityPath, urls } from "../urls";
import { sitePages, type SitePage } from "./pages";

export interface ReferenceSuggestion {
  reference: string;
  path: string;
}

export type Resolution =
  | { type: "page"; page: SitePage }
  | { type: "redirect"; location: string }
  | { type: "notFound"; suggestions: ReferenceSuggestion[] };

interface Router {
  pages: Map<string, SitePage>;
  /** Old addresses (from formerIds) to the current ones. */
  redirects: Map<string, string>;
}

const routers = new WeakMap<ContentGraph, Router>();

/**
 * What answers an address: a page, a permanent redirect (a short reference link, or the old address
 * of a renamed entry) or "not found". The one router behind every route handler.
 */
export function resolvePath(graph: ContentGraph, path: string): Resolution {
  const router = routerFor(graph);
  const page = router.pages.get(path);
  if (page) return { type: "page", page };
  const moved = router.redirects.get(path);
  if (moved) return { type: "redirect", location: moved };

  const reference = /^\/ref\/([^/]+)$/.exec(path)?.[1];
  if (reference !== undefined) {
    const key = normaliseReference(safeDecode(reference));
    const citable = graph.byReference.get(key);
    if (citable) return { type: "redirect", location: citablePath(citable) };
    return {
      type: "notFound",
      suggestions: nearest(key, graph.byReference.keys(), 5).map((near) => ({
        reference: near,
        path: urls.reference(near),
      })),
    };
  }
  return { type: "notFound", suggestions: [] };
}

/** Every address the router answers without a 404, for the static build. */
export function knownPaths(graph: ContentGraph): string[] {
  const router = routerFor(graph);
  return [...router.pages.keys(), ...router.redirects.keys()];
}

export function redirectPaths(graph: ContentGraph): ReadonlyMap<string, string> {
  return routerFor(graph).redirects;
}

function routerFor(graph: ContentGraph): Router {
  const existing = routers.get(graph);
  if (existing) return existing;
  const all = sitePages(graph);
  const pages = new Map(all.map((page) => [page.path, page]));
  const redirects = new Map<string, string>();
  const movePrefix = (current: string, former: string) => {
    for (const { path } of all) {
      if (path === current || path.startsWith(`${current}/`)) {
        const old = former + path.slice(current.length);
        if (!pages.has(old)) redirects.set(old, path);
      }
    }
  };
  for (const plan of graph.plans) {
    for (const former of plan.formerIds) movePrefix(urls.plan(plan.id), urls.plan(former));
    for (const priority of plan.priorities) {
      for (const former of priority.formerIds) {
        movePrefix(priorityPath(priority), urls.planEntry(plan.id, former));
      }
    }
    for (const page of plan.pages) {
      for (const former of page.formerIds ?? []) {
        movePrefix(urls.planEntry(plan.id, page.id), urls.planEntry(plan.id, former));
      }
    }
  }
  for (const service of graph.services) {
    for (const former of service.formerIds ?? []) {
      movePrefix(urls.service(service.id), urls.service(former));
    }
  }
  for (const theme of graph.themes) {
    for (const former of theme.formerIds ?? []) {
      movePrefix(urls.theme(theme.id), urls.theme(former));
    }
  }
  for (const page of graph.sitePages) {
    for (const former of page.formerIds ?? []) {
      movePrefix(urls.sitePage(page.id), urls.sitePage(former));
    }
  }
  for (const [reference, citable] of graph.byReference) {
    redirects.set(urls.reference(reference), citablePath(citable));
  }
  const router = { pages, redirects };
  routers.set(graph, router);
  return router;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
