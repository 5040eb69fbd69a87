import type { CompiledMdx } from "../content/compiled-mdx";
import type { ContentGraph, Plan, ProgressUpdate } from "../content/graph";
import type { ContentHistory } from "../content/history";
import type { SearchKind } from "../search/options";
import type { TrackedItem } from "../content/progress";
import type { BuildFacts } from "./build-facts";
import type { HistorySubject } from "./item-history";
import type { Section } from "./sections";

/**
 * What every kind of page declares: where its pages are, which there are, and their old addresses.
 * `static` pages are prerendered at build time from `instances`; `per-request` pages read the query
 * string, so they are rendered for each request.
 */
interface KindBase<Params> {
  /** The address pattern, from ADDRESSES in lib/site/urls.ts: the address matcher. */
  pattern: string;
  /**
   * How its pages are served, and nothing else decides it: the catch-all route prerenders the
   * static ones; a per-request one needs a route of its own (tests/unit/rendering.test.ts).
   */
  rendering: "static" | "per-request";
  instances(graph: ContentGraph): readonly Params[];
  path(params: Params): string;
  /** Old addresses of the page (from renamed entries' formerIds): each redirects here for good. */
  formerPaths(params: Params): readonly string[];
}

/** A page residents read: an HTML view in components/pages/views.tsx renders its sections. */
export interface HtmlKind<Params, Key extends string> extends KindBase<Params> {
  format: "html";
  /** The content file this page is the page of (for the list of changes), if it is one's. */
  source(params: Params): string | null;
  /** Every content file the page is made from (for "last updated"). */
  files(params: Params): readonly string[];
  /** The page's name in lists of pages, e.g. the list of changes. */
  title(params: Params): string;
  /** The parts of the page, in order: the view renders each, the contents list and links read them. */
  sections(params: Params): readonly Section<Key>[];
  /** The plan the page is part of, if it is: every page of a draft plan says it is a draft. */
  plan(params: Params): Plan | null;
  /**
   * The item whose page this is, if it has a history of its own: the page then says when its
   * wording last changed (from its history) instead of when its files did.
   */
  historyOf?(params: Params): HistorySubject;
  /** What residents can search for on the page, if anything (lib/render/search-index.ts). */
  search?(params: Params): SearchEntry;
  /**
   * Pages of this kind that are not prerendered, answered per request: an address of its pattern
   * that is not one of its instances (a citation of an item as at any date).
   */
  unlisted?(graph: ContentGraph, path: string, context: ResolveContext): UnlistedAnswer<Params>;
}

/** A page as search finds it; its address is its id. */
export interface SearchEntry {
  kind: SearchKind;
  title: string;
  reference: string;
  /** The plan it is part of, as results name it ("All plans" for a theme). */
  plan: string;
  /** Its searchable text; the plain text of `body`, if it has one, is added after it. */
  text: readonly (string | undefined)[];
  body?: CompiledMdx;
}

/** Everything the data kinds' renderers may read besides the graph. */
export interface SiteIndex {
  graph: ContentGraph;
  /** Every address of the sitemap, in order. */
  sitemapPaths: readonly string[];
  facts: BuildFacts;
  /** The page of each content file that has one, with its title. */
  pageOfFile: ReadonlyMap<string, { path: string; title: string }>;
  /** Feed summaries as HTML, rendered where React is (lib/render/feed-summary.tsx). */
  feedHtml: FeedHtml;
}

/**
 * The HTML of a feed entry's summary: an update's, rendered from its MDX; a page change's; and
 * plain sentences (a version of an item), each a paragraph.
 */
export interface FeedHtml {
  update(item: TrackedItem, update: ProgressUpdate, pageUrl: string): string;
  change(pageTitle: string): string;
  paragraphs(texts: readonly string[]): string;
}

/** A file that is not a page: the sitemap, robots.txt, open data. */
export interface DataKind<Params> extends KindBase<Params> {
  format: "data";
  contentType: string;
  headers?: Readonly<Record<string, string>>;
  render(site: SiteIndex, params: Params): string;
}

export interface Suggestion {
  label: string;
  path: string;
}

/** What an address that is not one of a kind's instances is: a redirect, a page, or not found. */
export type UnlistedAnswer<Params> =
  | { location: string }
  | { params: Params }
  | {
      suggestions: readonly Suggestion[];
      /** Why there is no page, in a sentence. */ message?: string;
    };

/** What answering an unlisted address may read: the content's history, and today's date. */
export interface ResolveContext {
  history(): ContentHistory;
  /** Today in the council's time zone, YYYY-MM-DD. */
  today(): string;
}

/** A short address that permanently redirects to a page, e.g. a reference link /ref/CP18-2.16. */
export interface RedirectKind<Params> extends KindBase<Params> {
  format: "redirect";
  target(params: Params): string;
  /**
   * An address of this kind's pattern that is not one of its instances: another spelling of one
   * (a reference in lower case) redirects, anything else is answered with the nearest that exist.
   */
  unlisted(
    graph: ContentGraph,
    path: string,
    context: ResolveContext,
  ): { location: string } | { suggestions: readonly Suggestion[] };
}

export type PageKind<Params> = HtmlKind<Params, string> | DataKind<Params> | RedirectKind<Params>;

/**
 * What a declaration may leave out: a page is prerendered unless it says it is answered per
 * request, and has no old addresses unless it says so (an address with no :name has none).
 */
type Declared<Kind extends { rendering: unknown; formerPaths: unknown }> = Omit<
  Kind,
  "format" | "rendering" | "formerPaths"
> &
  Partial<Pick<Kind, "rendering" | "formerPaths">>;

const DEFAULTS = { rendering: "static", formerPaths: () => [] } as const;

// Each helper fixes `format` and fills in the defaults, so TypeScript infers the kind's parameters
// from `instances` and its section keys from `sections`: a view then has to render exactly those.
export function htmlKind<Params, Key extends string = never>(
  kind: Declared<HtmlKind<Params, Key>>,
): HtmlKind<Params, Key> {
  return { format: "html", ...DEFAULTS, ...kind };
}

export function dataKind<Params>(kind: Declared<DataKind<Params>>): DataKind<Params> {
  return { format: "data", ...DEFAULTS, ...kind };
}

export function redirectKind<Params>(kind: Declared<RedirectKind<Params>>): RedirectKind<Params> {
  return { format: "redirect", ...DEFAULTS, ...kind };
}

/** A page that exists once, with no parameters: the home page, the list of plans, search. */
export const ONCE: readonly Record<string, never>[] = [{}];

/**
 * Every address a page had under the former ids of what it is made of: `ids` lists, per path
 * parameter, the current id first and the former ids after it. The current address is left out.
 */
export function formerAddresses(
  build: (...ids: string[]) => string,
  ...ids: readonly (readonly string[])[]
): string[] {
  const combinations = ids.reduce<string[][]>(
    (partial, options) => partial.flatMap((prefix) => options.map((id) => [...prefix, id])),
    [[]],
  );
  const current = build(...ids.map((options) => options[0] ?? ""));
  return combinations.map((combo) => build(...combo)).filter((path) => path !== current);
}
