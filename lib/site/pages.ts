import type { ContentGraph } from "../content/graph";
import type { PageKind } from "./page-kind";
import { PAGE_KINDS } from "./page-kinds";

type Kinds = typeof PAGE_KINDS;
export type PageKindName = keyof Kinds;
type ParamsOfKind<T> = T extends PageKind<infer Params> ? Params : never;
export type ParamsOf<K extends PageKindName> = ParamsOfKind<Kinds[K]>;
type NamesWhere<Format> = {
  [K in PageKindName]: Kinds[K] extends { format: Format } ? K : never;
}[PageKindName];
/** Kinds of page residents read, each with a view in components/pages/views.tsx. */
export type HtmlKindName = NamesWhere<"html">;
export type SectionKeyOf<K extends HtmlKindName> = ReturnType<Kinds[K]["sections"]>[number]["key"];

/** One page (or file, or short link) of the site, with the kind it is and what it shows. */
export type SitePage = {
  [K in PageKindName]: { kind: K; path: string; params: ParamsOf<K> };
}[PageKindName];
export type HtmlPage = Extract<SitePage, { kind: HtmlKindName }>;

/**
 * A kind with its parameters erased, for code that treats every kind alike (listing, routing).
 * Sound because a kind is only ever called with parameters from its own `instances`.
 */
export function kindOf(name: PageKindName): PageKind<unknown> {
  return PAGE_KINDS[name] as PageKind<unknown>;
}

export const PAGE_KIND_NAMES = Object.keys(PAGE_KINDS) as PageKindName[];

const cache = new WeakMap<ContentGraph, SitePage[]>();

/** Every address the site publishes, of every kind, once per graph, in declaration order. */
export function allPages(graph: ContentGraph): readonly SitePage[] {
  const cached = cache.get(graph);
  if (cached) return cached;
  const pages = PAGE_KIND_NAMES.flatMap((name) => {
    const kind = kindOf(name);
    return kind
      .instances(graph)
      .map((params) => ({ kind: name, path: kind.path(params), params }) as SitePage);
  });
  cache.set(graph, pages);
  return pages;
}

export function isHtmlPage(page: SitePage): page is HtmlPage {
  return PAGE_KINDS[page.kind].format === "html";
}

/** The pages residents read, prerendered or per request. */
export function htmlPages(graph: ContentGraph): HtmlPage[] {
  return allPages(graph).filter(isHtmlPage);
}

/** Every address for the sitemap and the published-URL record: every HTML page. */
export function sitemapPaths(graph: ContentGraph): string[] {
  return htmlPages(graph).map((page) => page.path);
}

/** Pages rendered for each request, since they read the query string (search, the explorer). */
export function perRequestPaths(graph: ContentGraph): string[] {
  return allPages(graph)
    .filter((page) => PAGE_KINDS[page.kind].rendering === "per-request")
    .map((page) => page.path);
}

/** What a page declares about itself, read through its kind. */
export function describePage(page: HtmlPage) {
  const kind = kindOf(page.kind) as Extract<PageKind<unknown>, { format: "html" }>;
  return {
    source: kind.source(page.params),
    files: kind.files(page.params),
    title: kind.title(page.params),
    sections: kind.sections(page.params),
    plan: kind.plan(page.params),
    historyOf: kind.historyOf?.(page.params),
    search: kind.search?.(page.params),
  };
}

/** The page of each content file that has one, for the list of changes and same-page links. */
export function pageOfFile(graph: ContentGraph): Map<string, HtmlPage> {
  const byFile = new Map<string, HtmlPage>();
  for (const page of htmlPages(graph)) {
    const { source } = describePage(page);
    if (source !== null && !byFile.has(source)) byFile.set(source, page);
  }
  return byFile;
}

/**
 * Ids no entry may take because a kind of page owns that address: the first segment of every
 * pattern (for site pages, at /<id>), and the fixed segments inside a plan (for priorities and
 * chapters, at /plans/<plan>/<id>).
 */
export function reservedIds(): { topLevel: string[]; inPlan: string[] } {
  // Besides the pages: the files in public/, the framework's own files and the route that answers
  // unknown addresses (app/unknown-address).
  const notPages = ["assets", "favicon.svg", "_next", "unknown-address"];
  const patterns = PAGE_KIND_NAMES.map((name) => PAGE_KINDS[name].pattern.split("/").slice(1));
  const literal = (segment: string | undefined): segment is string =>
    segment !== undefined && segment !== "" && !segment.startsWith(":");
  return {
    topLevel: unique([...patterns.map((parts) => parts[0]).filter(literal), ...notPages]),
    inPlan: unique(
      patterns
        .filter((parts) => parts[0] === "plans" && parts[1] === ":plan" && parts.length === 3)
        .map((parts) => parts[2])
        .filter(literal),
    ),
  };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
