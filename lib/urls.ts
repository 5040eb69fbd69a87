import type { Action, Citable, Objective, Priority } from "./content/graph";

/**
 * Every URL the site publishes is built here and nowhere else. Councillors cite these addresses in
 * committee reports: change one only with a redirect from the old form.
 */
const segment = (value: string | number) => encodeURIComponent(String(value));

export const urls = {
  home: () => "/",
  plans: () => "/plans",
  plan: (planId: string) => `/plans/${segment(planId)}`,
  /** A priority or a chapter page of a plan: they share the plan's address space. */
  planEntry: (planId: string, entryId: string) => `/plans/${segment(planId)}/${segment(entryId)}`,
  /** The whole plan on one page, for printing or saving as PDF. */
  printPlan: (planId: string) => `/plans/${segment(planId)}/${PRINT_SEGMENT}`,
  action: (planId: string, priorityId: string, number: number) =>
    `/plans/${segment(planId)}/${segment(priorityId)}/actions/${segment(number)}`,
  objectiveAnchor: (number: number) => `objective-${number}`,
  actionAnchor: (number: number) => `action-${number}`,
  planThemeAnchor: (planThemeId: string) => `theme-${planThemeId}`,
  reference: (reference: string) => `/ref/${segment(reference)}`,
  themes: () => "/themes",
  theme: (themeId: string) => `/themes/${segment(themeId)}`,
  services: () => "/services",
  service: (serviceId: string) => `/services/${segment(serviceId)}`,
  changes: () => "/changes",
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : "/search"),
  actions: () => "/actions",
  actionsData: (format: "json" | "csv") => `/data/actions.${format}`,
  /** A page of the site itself, e.g. the accessibility statement. */
  sitePage: (pageId: string) => `/${segment(pageId)}`,
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
  /** Where `npm start` sends addresses the site does not have (lib/server/known-addresses.ts). */
  unknownAddress: () => "/unknown-address",
  /** A file in public/assets; `version` is a hash of its bytes (lib/render/asset-href.ts). */
  asset: (file: AssetFile, version: string) => `/assets/${file}?v=${segment(version)}`,
} as const;

/** The files in public/assets that pages link to. */
export type AssetFile = "site.css" | "search.js" | "search-index.json" | "copy-citation.js";

/** First path segments taken by the site's own routes: no site page may use them as its id. */
export const RESERVED_TOP_LEVEL = [
  "plans",
  "themes",
  "services",
  "actions",
  "search",
  "changes",
  "ref",
  "data",
  "assets",
  "sitemap.xml",
  "robots.txt",
  "favicon.svg",
  "unknown-address",
] as const;

/** Reserved in each plan's address space: no priority or page may use it as its id. */
export const PRINT_SEGMENT = "print";

/** Fixed anchors on priority and plan pages; headings in MDX bodies get theirs from their text. */
export const anchors = {
  commitment: "commitment",
  objectives: "objectives",
  actions: "actions",
  measures: "measures",
  related: "related",
  vision: "vision",
  priorities: "priorities",
  chapters: "chapters",
} as const;

export function priorityPath(priority: Priority): string {
  return urls.planEntry(priority.plan.id, priority.id);
}

export function objectivePath(objective: Objective): string {
  return withAnchor(priorityPath(objective.priority), urls.objectiveAnchor(objective.number));
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
