import type {
  SitePage as SitePageEntry,
  Action,
  ContentGraph,
  Plan,
  PlanPage,
  Priority,
  Service,
  Theme,
} from "../content/graph";
import { actionPath, priorityPath, urls } from "../urls";

/** Every kind of page the site has, with what it shows. */
export type PageSpec =
  | { kind: "home" }
  | { kind: "plans" }
  | { kind: "plan"; plan: Plan }
  | { kind: "printPlan"; plan: Plan }
  | { kind: "priority"; priority: Priority }
  | { kind: "chapter"; page: PlanPage }
  | { kind: "action"; action: Action }
  | { kind: "themes" }
  | { kind: "theme"; theme: Theme }
  | { kind: "services" }
  | { kind: "service"; service: Service }
  | { kind: "changes" }
  | { kind: "sitePage"; page: SitePageEntry };

export interface SitePage {
  path: string;
  spec: PageSpec;
}

const cache = new WeakMap<ContentGraph, SitePage[]>();

/**
 * Every page the site publishes, once per graph. The sitemap, the static build, the router and the
 * link checker all read this list, so a page that exists is a page they all know.
 */
export function sitePages(graph: ContentGraph): SitePage[] {
  const cached = cache.get(graph);
  if (cached) return cached;
  const pages: SitePage[] = [
    { path: urls.home(), spec: { kind: "home" } },
    { path: urls.plans(), spec: { kind: "plans" } },
    ...graph.plans.flatMap((plan): SitePage[] => [
      { path: urls.plan(plan.id), spec: { kind: "plan", plan } },
      { path: urls.printPlan(plan.id), spec: { kind: "printPlan", plan } },
      ...plan.priorities.flatMap((priority): SitePage[] => [
        { path: priorityPath(priority), spec: { kind: "priority", priority } },
        ...priority.actions.map((action): SitePage => ({
          path: actionPath(action),
          spec: { kind: "action", action },
        })),
      ]),
      ...plan.pages.map((page): SitePage => ({
        path: urls.planEntry(plan.id, page.id),
        spec: { kind: "chapter", page },
      })),
    ]),
    { path: urls.themes(), spec: { kind: "themes" } },
    ...graph.themes.map((theme): SitePage => ({
      path: urls.theme(theme.id),
      spec: { kind: "theme", theme },
    })),
    { path: urls.services(), spec: { kind: "services" } },
    ...graph.services.map((service): SitePage => ({
      path: urls.service(service.id),
      spec: { kind: "service", service },
    })),
    { path: urls.changes(), spec: { kind: "changes" } },
    ...graph.sitePages.map((page): SitePage => ({
      path: urls.sitePage(page.id),
      spec: { kind: "sitePage", page },
    })),
  ];
  cache.set(graph, pages);
  return pages;
}

/** The page that shows each content file, for the list of changes. */
export function pageOfFile(graph: ContentGraph): Map<string, SitePage> {
  const byFile = new Map<string, SitePage>();
  for (const page of sitePages(graph)) {
    const file = fileOf(page.spec);
    if (file && !byFile.has(file)) byFile.set(file, page);
  }
  return byFile;
}

function fileOf(spec: PageSpec): string | undefined {
  switch (spec.kind) {
    case "plan":
      return spec.plan.file;
    case "priority":
      return spec.priority.file;
    case "chapter":
      return spec.page.file;
    case "theme":
      return spec.theme.file;
    case "service":
      return spec.service.file;
    case "sitePage":
      return spec.page.file;
    default:
      return undefined;
  }
}

/** Pages answered by their own dynamic routes (they read the query string). */
export const DYNAMIC_PAGES = [urls.search(), urls.actions()] as const;

/** Every address for the sitemap and the published-URL record. */
export function sitemapPaths(graph: ContentGraph): string[] {
  return [...sitePages(graph).map((page) => page.path), ...DYNAMIC_PAGES];
}
