import type { Action, Citable, Objective, Priority } from "../content/graph";

const segment = (value: string | number) => encodeURIComponent(String(value));

/** Under an item's page: every version of it (…/history) and its feed (…/updates.xml). */
const HISTORY = "/history";
const ITEM_FEED = "/updates.xml";

/**
 * The address of every kind of page, each written once, keyed by the kind's name in
 * lib/site/page-kinds.ts: the registry's patterns are these, and the builders below are made from
 * them. Councillors cite these addresses in committee reports: change one only with a redirect
 * from the old form. A `:name` is one path segment.
 */
export const ADDRESSES = {
  home: "/",
  plans: "/plans",
  plan: "/plans/:plan",
  printPlan: "/plans/:plan/print",
  priority: "/plans/:plan/:priority",
  action: "/plans/:plan/:priority/actions/:number",
  objective: "/plans/:plan/:priority/objectives/:number",
  planProgress: "/plans/:plan/progress",
  chapter: "/plans/:plan/:page",
  themes: "/themes",
  theme: "/themes/:theme",
  services: "/services",
  service: "/services/:service",
  changes: "/changes",
  sitePage: "/:page",
  search: "/search",
  actionsExplorer: "/actions",
  entryHistory: `/plans/:plan/:entry${HISTORY}`,
  actionHistory: `/plans/:plan/:priority/actions/:number${HISTORY}`,
  objectiveHistory: `/plans/:plan/:priority/objectives/:number${HISTORY}`,
  datedReference: "/ref/:reference/:date",
  priorityFeed: `/plans/:plan/:priority${ITEM_FEED}`,
  actionFeed: `/plans/:plan/:priority/actions/:number${ITEM_FEED}`,
  objectiveFeed: `/plans/:plan/:priority/objectives/:number${ITEM_FEED}`,
  historyJson: "/data/history.json",
  historyCsv: "/data/history.csv",
  reference: "/ref/:reference",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
  actionsJson: "/data/actions.json",
  objectivesJson: "/data/objectives.json",
  updatesCsv: "/data/updates.csv",
  feed: "/updates.xml",
  planFeed: "/plans/:plan/updates.xml",
  actionsCsv: "/data/actions.csv",
} as const;

export type AddressName = keyof typeof ADDRESSES;

/** One value per `:name` of a pattern, in order. */
type ValuesOf<Pattern extends string> = Pattern extends `${infer Head}/${infer Tail}`
  ? [...ValuesOf<Head>, ...ValuesOf<Tail>]
  : Pattern extends `:${string}`
    ? [string | number]
    : [];

/** The builder of a pattern's addresses: each value fills its `:name`, percent-encoded. */
function builder<Pattern extends string>(pattern: Pattern) {
  const parts = pattern.split("/");
  return (...values: ValuesOf<Pattern>): string => {
    let next = 0;
    const filled = parts.map((part) =>
      part.startsWith(":") ? segment((values as (string | number)[])[next++]!) : part,
    );
    return filled.join("/");
  };
}

/**
 * Every URL the site publishes is built here and nowhere else, from ADDRESSES; which pages exist
 * is declared in lib/site/page-kinds.ts.
 */
export const urls = {
  home: builder(ADDRESSES.home),
  plans: builder(ADDRESSES.plans),
  plan: builder(ADDRESSES.plan),
  /** A priority or a chapter page of a plan: they share the plan's address space. */
  planEntry: builder(ADDRESSES.priority),
  /** The whole plan on one page, for printing or saving as PDF. */
  printPlan: builder(ADDRESSES.printPlan),
  action: builder(ADDRESSES.action),
  objective: builder(ADDRESSES.objective),
  /** A plan's progress: every action and objective rolled up. */
  planProgress: builder(ADDRESSES.planProgress),
  /** The Atom feed of a plan's progress updates and changes. */
  planFeed: builder(ADDRESSES.planFeed),
  /** The Atom feed of every progress update and change. */
  feed: builder(ADDRESSES.feed),
  objectiveAnchor: (number: number) => `objective-${number}`,
  actionAnchor: (number: number) => `action-${number}`,
  /** A version on an item's history page, numbered from its first: version-1 is the oldest. */
  versionAnchor: (number: number) => `version-${number}`,
  planThemeAnchor: (planThemeId: string) => `theme-${planThemeId}`,
  reference: builder(ADDRESSES.reference),
  /** An item as it stood at the end of a day (YYYY-MM-DD): a dated citation. */
  datedReference: builder(ADDRESSES.datedReference),
  /** Every version of an item or chapter, newest first, under its page's address. */
  history: (pagePath: string) => `${pagePath}${HISTORY}`,
  /** The Atom feed of one item's changes and progress, under its page's address. */
  itemFeed: (pagePath: string) => `${pagePath}${ITEM_FEED}`,
  /** Every version of every item, field by field, as JSON or CSV. */
  historyData: (format: "json" | "csv") =>
    format === "json" ? ADDRESSES.historyJson : ADDRESSES.historyCsv,
  themes: builder(ADDRESSES.themes),
  theme: builder(ADDRESSES.theme),
  services: builder(ADDRESSES.services),
  service: builder(ADDRESSES.service),
  changes: builder(ADDRESSES.changes),
  search: (query?: string) =>
    query ? `${ADDRESSES.search}?q=${encodeURIComponent(query)}` : ADDRESSES.search,
  actions: builder(ADDRESSES.actionsExplorer),
  actionsData: (format: "json" | "csv") =>
    format === "json" ? ADDRESSES.actionsJson : ADDRESSES.actionsCsv,
  /** Every objective with its period and latest progress, as JSON. */
  objectivesData: builder(ADDRESSES.objectivesJson),
  /** Every progress update, as CSV. */
  updatesData: builder(ADDRESSES.updatesCsv),
  /** A page of the site itself, e.g. the accessibility statement. */
  sitePage: builder(ADDRESSES.sitePage),
  sitemap: builder(ADDRESSES.sitemap),
  robots: builder(ADDRESSES.robots),
  /** Where addresses the site does not have are answered (lib/server/known-addresses.ts). */
  unknownAddress: () => "/unknown-address",
  /** A file in public/assets; `version` is a hash of its bytes (lib/site/asset-href.ts). */
  asset: (file: AssetFile, version: string) => `/assets/${file}?v=${segment(version)}`,
} as const;

/** The files in public/assets that pages link to. */
export type AssetFile = "site.css" | "search.js" | "search-index.json" | "copy-citation.js";

/** Fixed anchors on priority and plan pages; headings in MDX bodies get theirs from their text. */
export const anchors = {
  commitment: "commitment",
  objectives: "objectives",
  actions: "actions",
  measures: "measures",
  progress: "progress",
  sameGroup: "same-group",
  related: "related",
  vision: "vision",
  priorities: "priorities",
  chapters: "chapters",
} as const;

export function priorityPath(priority: Priority): string {
  return urls.planEntry(priority.plan.id, priority.id);
}

export function objectivePath(objective: Objective): string {
  const { priority } = objective;
  return urls.objective(priority.plan.id, priority.id, objective.number);
}

export function actionPath(action: Action): string {
  return urls.action(action.priority.plan.id, action.priority.id, action.number);
}

/** The canonical page (or anchor) of anything with a reference. */
export function citablePath(citable: Citable): string {
  switch (citable.kind) {
    case "priority":
      return priorityPath(citable.priority);
    case "objective":
      return objectivePath(citable.objective);
    case "action":
      return actionPath(citable.action);
  }
}

export function withAnchor(url: string, anchor: string | undefined): string {
  return anchor ? `${url}#${anchor}` : url;
}

export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).toString();
}
