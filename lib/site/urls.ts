import type { Action, Citable, Objective, Priority } from "../content/graph";

/** The whole plan on one page lives at /plans/<plan>/print. */
const PRINT_SEGMENT = "print";

const segment = (value: string | number) => encodeURIComponent(String(value));

/**
 * Every URL the site publishes is built here and nowhere else; which pages exist is declared in
 * lib/site/page-kinds.ts. Councillors cite these addresses in committee reports: change one only
 * with a redirect from the old form.
 */
export const urls = {
  home: () => "/",
  plans: () => "/plans",
  plan: (planId: string) => `/plans/${segment(planId)}`,
  /** A priority or a chapter page of a plan: they share the plan's address space. */
  planEntry: (planId: string, entryId: string) => `/plans/${segment(planId)}/${segment(entryId)}`,
  /** The whole plan on one page, for printing or saving as PDF. */
  printPlan: (planId: string) => `/plans/${segment(planId)}/${PRINT_SEGMENT}`,
  printSegment: PRINT_SEGMENT,
  action: (planId: string, priorityId: string, number: number) =>
    `/plans/${segment(planId)}/${segment(priorityId)}/actions/${segment(number)}`,
  objective: (planId: string, priorityId: string, number: number) =>
    `/plans/${segment(planId)}/${segment(priorityId)}/objectives/${segment(number)}`,
  /** A plan's progress: every action and objective rolled up. */
  planProgress: (planId: string) => `/plans/${segment(planId)}/progress`,
  /** The Atom feed of a plan's progress updates and changes. */
  planFeed: (planId: string) => `/plans/${segment(planId)}/updates.xml`,
  /** The Atom feed of every progress update and change. */
  feed: () => "/updates.xml",
  objectiveAnchor: (number: number) => `objective-${number}`,
  actionAnchor: (number: number) => `action-${number}`,
  /** A version on an item's history page, numbered from its first: version-1 is the oldest. */
  versionAnchor: (number: number) => `version-${number}`,
  planThemeAnchor: (planThemeId: string) => `theme-${planThemeId}`,
  reference: (reference: string) => `/ref/${segment(reference)}`,
  /** An item as it stood at the end of a day (YYYY-MM-DD): a dated citation. */
  datedReference: (reference: string, day: string) => `/ref/${segment(reference)}/${segment(day)}`,
  /** Every version of an item or chapter, newest first, under its page's address. */
  history: (pagePath: string) => `${pagePath}/history`,
  /** The Atom feed of one item's changes and progress, under its page's address. */
  itemFeed: (pagePath: string) => `${pagePath}/updates.xml`,
  /** Every version of every item, field by field, as JSON or CSV. */
  historyData: (format: "json" | "csv") => `/data/history.${format}`,
  themes: () => "/themes",
  theme: (themeId: string) => `/themes/${segment(themeId)}`,
  services: () => "/services",
  service: (serviceId: string) => `/services/${segment(serviceId)}`,
  changes: () => "/changes",
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : "/search"),
  actions: () => "/actions",
  actionsData: (format: "json" | "csv") => `/data/actions.${format}`,
  /** Every objective with its period and latest progress, as JSON. */
  objectivesData: () => "/data/objectives.json",
  /** Every progress update, as CSV. */
  updatesData: () => "/data/updates.csv",
  /** A page of the site itself, e.g. the accessibility statement. */
  sitePage: (pageId: string) => `/${segment(pageId)}`,
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
  /** Where addresses the site does not have are answered (lib/server/known-addresses.ts). */
  unknownAddress: () => "/unknown-address",
  /** A file in public/assets; `version` is a hash of its bytes (lib/render/asset-href.ts). */
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
