import type { Action, ContentGraph, Objective, Plan, PlanPage, Priority } from "../content/graph";
import { nearestKey } from "../content/nearest";
import { normaliseReference } from "../content/references";
import { anchors, citablePath, urls } from "./urls";
import { groupActions } from "./action-groups";
import { robotsTxt, sitemapXml } from "./documents";
import { atomFeed } from "./feeds";
import { actionRecords, objectiveRecords, toCsv, updatesCsv } from "./open-data";
import { historyCsv, historyJson } from "./history-data";
import { datedCitationKind, historyKind, itemFeedKind } from "./history-kinds";
import type { HistorySubject } from "./item-history";
import { dataKind, formerAddresses, htmlKind, ONCE, redirectKind } from "./page-kind";
import { bodySection, headedSection, sectionsWhere } from "./sections";

/**
 * Every kind of page the site has, declared once: its address pattern, which pages there are, their
 * old addresses, the content files they show, their sections and their title. The router, the
 * redirects, the sitemap, the static build, the published-URL record, the link and anchor checker,
 * the contents lists, the list of changes and the known addresses all read this object, and
 * components/pages/views.tsx must give every HTML kind a view (the types say so).
 */
export const PAGE_KINDS = {
  home: htmlKind({
    pattern: "/",
    plan: () => null,
    rendering: "static",
    instances: (graph: ContentGraph) => [{ site: graph.site }],
    path: () => urls.home(),
    formerPaths: () => [],
    source: ({ site }) => site.file,
    files: ({ site }) => [site.file],
    title: () => "Home",
    sections: () => [],
  }),
  plans: htmlKind({
    pattern: "/plans",
    plan: () => null,
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.plans(),
    formerPaths: () => [],
    source: () => null,
    files: () => [],
    title: () => "Plans",
    sections: () => [],
  }),
  plan: htmlKind({
    pattern: "/plans/:plan",
    plan: ({ plan }) => plan,
    rendering: "static",
    instances: (graph: ContentGraph) => graph.plans.map((plan) => ({ plan })),
    path: ({ plan }) => urls.plan(plan.id),
    formerPaths: ({ plan }) => formerAddresses(urls.plan, idsOf(plan)),
    source: ({ plan }) => plan.file,
    files: ({ plan }) => [plan.file, ...plan.planThemes.map((theme) => theme.file)],
    title: ({ plan }) => plan.title,
    sections: ({ plan }) =>
      sectionsWhere(
        [true, headedSection("vision", anchors.vision, "Vision")],
        [true, bodySection("body", plan.body)],
        [
          true,
          headedSection(
            "priorities",
            anchors.priorities,
            "Priorities",
            plan.planThemes.map((theme) => urls.planThemeAnchor(theme.id)),
          ),
        ],
        [plan.pages.length > 0, headedSection("chapters", anchors.chapters, "More from this plan")],
      ),
  }),
  printPlan: htmlKind({
    pattern: `/plans/:plan/${urls.printSegment}`,
    plan: ({ plan }) => plan,
    rendering: "static",
    instances: (graph: ContentGraph) => graph.plans.map((plan) => ({ plan })),
    path: ({ plan }) => urls.printPlan(plan.id),
    formerPaths: ({ plan }) => formerAddresses(urls.printPlan, idsOf(plan)),
    source: () => null,
    files: ({ plan }) => [
      plan.file,
      ...plan.priorities.map((priority) => priority.file),
      ...plan.pages.map((page) => page.file),
    ],
    title: ({ plan }) => `${plan.title}: the whole plan`,
    // Its ids are prefixed copies of other pages' ids: links go to those pages, not here.
    sections: () => [],
  }),
  priority: htmlKind({
    pattern: "/plans/:plan/:priority",
    plan: ({ priority }) => priority.plan,
    rendering: "static",
    instances: (graph: ContentGraph) => prioritiesOf(graph).map((priority) => ({ priority })),
    path: ({ priority }) => urls.planEntry(priority.plan.id, priority.id),
    formerPaths: ({ priority }) =>
      formerAddresses(urls.planEntry, idsOf(priority.plan), idsOf(priority)),
    source: ({ priority }) => priority.file,
    files: ({ priority }) => [priority.file],
    title: ({ priority }) => `${priority.reference}: ${priority.title}`,
    sections: ({ priority }) => prioritySections(priority),
    historyOf: ({ priority }) => ({ kind: "priority", priority }),
  }),
  action: htmlKind({
    pattern: "/plans/:plan/:priority/actions/:number",
    plan: ({ action }) => action.priority.plan,
    rendering: "static",
    instances: (graph: ContentGraph) =>
      prioritiesOf(graph).flatMap((priority) => priority.actions.map((action) => ({ action }))),
    path: ({ action }) => actionAddress(action, action.priority.plan.id, action.priority.id),
    formerPaths: ({ action }) => [
      ...formerAddresses(
        (plan, priority) => actionAddress(action, plan, priority),
        idsOf(action.priority.plan),
        idsOf(action.priority),
      ),
      ...renumberedAddresses(action, urls.action),
    ],
    source: () => null,
    files: ({ action }) => [action.priority.file],
    title: ({ action }) => `${action.reference}: action ${action.number}`,
    historyOf: ({ action }) => ({ kind: "action", action }),
    sections: ({ action }) =>
      sectionsWhere(
        [true, headedSection("progress", anchors.progress, "Progress")],
        [
          sameGroupAs(action).length > 0,
          headedSection("sameGroup", anchors.sameGroup, `Other actions under “${action.group}”`),
        ],
      ),
  }),
  objective: htmlKind({
    pattern: "/plans/:plan/:priority/objectives/:number",
    plan: ({ objective }) => objective.priority.plan,
    rendering: "static",
    instances: (graph: ContentGraph) =>
      prioritiesOf(graph).flatMap((priority) =>
        priority.objectives.map((objective) => ({ objective })),
      ),
    path: ({ objective }) =>
      urls.objective(objective.priority.plan.id, objective.priority.id, objective.number),
    formerPaths: ({ objective }) => [
      ...formerAddresses(
        (plan, priority) => urls.objective(plan, priority, objective.number),
        idsOf(objective.priority.plan),
        idsOf(objective.priority),
      ),
      ...renumberedAddresses(objective, urls.objective),
    ],
    source: () => null,
    files: ({ objective }) => [objective.priority.file],
    title: ({ objective }) => `${objective.reference}: objective ${objective.number}`,
    historyOf: ({ objective }) => ({ kind: "objective", objective }),
    sections: () => [
      headedSection("progress", anchors.progress, "Progress"),
      headedSection("measures", anchors.measures, "How we will measure progress"),
    ],
  }),
  planProgress: htmlKind({
    pattern: "/plans/:plan/progress",
    plan: ({ plan }) => plan,
    rendering: "static",
    instances: (graph: ContentGraph) => graph.plans.map((plan) => ({ plan, themes: graph.themes })),
    path: ({ plan }) => urls.planProgress(plan.id),
    formerPaths: ({ plan }) => formerAddresses(urls.planProgress, idsOf(plan)),
    source: () => null,
    files: ({ plan }) => plan.priorities.map((priority) => priority.file),
    title: ({ plan }) => `${plan.title}: progress`,
    sections: ({ plan }) =>
      sectionsWhere(
        [true, headedSection("byPriority", "by-priority", "By priority")],
        [
          plan.planThemes.length > 0,
          headedSection("byPlanTheme", "by-plan-theme", "By theme of the plan"),
        ],
        [true, headedSection("byTheme", "by-theme", "By theme across the plans")],
        [
          plan.reportingPeriod !== undefined,
          headedSection("due", "due", "Not reported this period"),
        ],
      ),
  }),
  chapter: htmlKind({
    pattern: "/plans/:plan/:page",
    plan: ({ page }) => page.plan,
    rendering: "static",
    instances: (graph: ContentGraph) =>
      graph.plans.flatMap((plan) => plan.pages.map((page) => ({ page }))),
    path: ({ page }) => urls.planEntry(page.plan.id, page.id),
    formerPaths: ({ page }) => formerAddresses(urls.planEntry, idsOf(page.plan), idsOf(page)),
    source: ({ page }) => page.file,
    files: ({ page }) => [page.file],
    title: ({ page }) => `${page.title} (${page.plan.title})`,
    sections: ({ page }) => [bodySection("body", page.body)],
    historyOf: ({ page }) => ({ kind: "chapter", page }),
  }),
  themes: htmlKind({
    pattern: "/themes",
    plan: () => null,
    rendering: "static",
    instances: (graph: ContentGraph) => [{ themes: graph.themes }],
    path: () => urls.themes(),
    formerPaths: () => [],
    source: () => null,
    files: ({ themes }) => themes.map((theme) => theme.file),
    title: () => "Themes across the plans",
    sections: () => [],
  }),
  theme: htmlKind({
    pattern: "/themes/:theme",
    plan: () => null,
    rendering: "static",
    instances: (graph: ContentGraph) => graph.themes.map((theme) => ({ theme })),
    path: ({ theme }) => urls.theme(theme.id),
    formerPaths: ({ theme }) => formerAddresses(urls.theme, idsOf(theme)),
    source: ({ theme }) => theme.file,
    files: ({ theme }) => [theme.file],
    title: ({ theme }) => `Theme: ${theme.title}`,
    sections: () => [headedSection("progress", anchors.progress, "Progress")],
  }),
  services: htmlKind({
    pattern: "/services",
    plan: () => null,
    rendering: "static",
    instances: (graph: ContentGraph) => [{ services: graph.services }],
    path: () => urls.services(),
    formerPaths: () => [],
    source: () => null,
    files: ({ services }) => services.map((service) => service.file),
    title: () => "Lead services",
    sections: () => [],
  }),
  service: htmlKind({
    pattern: "/services/:service",
    plan: () => null,
    rendering: "static",
    instances: (graph: ContentGraph) => graph.services.map((service) => ({ service })),
    path: ({ service }) => urls.service(service.id),
    formerPaths: ({ service }) => formerAddresses(urls.service, idsOf(service)),
    source: ({ service }) => service.file,
    files: ({ service }) => [
      service.file,
      ...new Set(service.actions.map((action) => action.priority.file)),
    ],
    title: ({ service }) => `Lead service: ${service.name}`,
    sections: () => [headedSection("progress", anchors.progress, "Progress")],
  }),
  changes: htmlKind({
    pattern: "/changes",
    plan: () => null,
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.changes(),
    formerPaths: () => [],
    source: () => null,
    files: () => [],
    title: () => "Changes to the plans",
    sections: () => [],
  }),
  sitePage: htmlKind({
    pattern: "/:page",
    plan: () => null,
    rendering: "static",
    instances: (graph: ContentGraph) => graph.sitePages.map((page) => ({ page })),
    path: ({ page }) => urls.sitePage(page.id),
    formerPaths: ({ page }) => formerAddresses(urls.sitePage, idsOf(page)),
    source: ({ page }) => page.file,
    files: ({ page }) => [page.file],
    title: ({ page }) => page.title,
    sections: ({ page }) => [bodySection("body", page.body)],
  }),
  search: htmlKind({
    pattern: "/search",
    plan: () => null,
    rendering: "per-request",
    instances: () => ONCE,
    path: () => urls.search(),
    formerPaths: () => [],
    source: () => null,
    files: () => [],
    title: () => "Search",
    sections: () => [],
  }),
  actionsExplorer: htmlKind({
    pattern: "/actions",
    plan: () => null,
    rendering: "per-request",
    instances: () => ONCE,
    path: () => urls.actions(),
    formerPaths: () => [],
    source: () => null,
    files: () => [],
    title: () => "All delivery-plan actions",
    sections: () => [],
  }),
  // Each item's own history, dated citations and a feed per item (lib/site/history-kinds.ts).
  entryHistory: historyKind(
    "/plans/:plan/:entry/history",
    ["priority", "chapter"],
    formerPagePaths,
  ),
  actionHistory: historyKind(
    "/plans/:plan/:priority/actions/:number/history",
    ["action"],
    formerPagePaths,
  ),
  objectiveHistory: historyKind(
    "/plans/:plan/:priority/objectives/:number/history",
    ["objective"],
    formerPagePaths,
  ),
  datedReference: datedCitationKind,
  priorityFeed: itemFeedKind("/plans/:plan/:priority/updates.xml", ["priority"], formerPagePaths),
  actionFeed: itemFeedKind(
    "/plans/:plan/:priority/actions/:number/updates.xml",
    ["action"],
    formerPagePaths,
  ),
  objectiveFeed: itemFeedKind(
    "/plans/:plan/:priority/objectives/:number/updates.xml",
    ["objective"],
    formerPagePaths,
  ),
  historyJson: dataKind({
    pattern: "/data/history.json",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.historyData("json"),
    formerPaths: () => [],
    contentType: "application/json; charset=utf-8",
    render: (site) => historyJson(site),
  }),
  historyCsv: dataKind({
    pattern: "/data/history.csv",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.historyData("csv"),
    formerPaths: () => [],
    contentType: "text/csv; charset=utf-8",
    headers: { "content-disposition": 'attachment; filename="history.csv"' },
    render: (site) => historyCsv(site),
  }),
  reference: redirectKind({
    pattern: "/ref/:reference",
    rendering: "static",
    instances: (graph: ContentGraph) =>
      [...graph.byReference].map(([reference, citable]) => ({ reference, citable })),
    path: ({ reference }) => urls.reference(reference),
    formerPaths: () => [],
    target: ({ citable }) => citablePath(citable),
    unlisted: (graph, path) => {
      const key = normaliseReference(safeDecode(path.slice("/ref/".length)));
      const citable = graph.byReference.get(key);
      if (citable) return { location: citablePath(citable) };
      // Indexed once per graph and capped in length: a long wrong address costs no more than a short one.
      const suggestions = nearestKey(key, graph.byReference, 5).map((reference) => ({
        label: reference,
        path: urls.reference(reference),
      }));
      return { suggestions };
    },
  }),
  sitemap: dataKind({
    pattern: "/sitemap.xml",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.sitemap(),
    formerPaths: () => [],
    contentType: "application/xml; charset=utf-8",
    render: (site) => sitemapXml(site),
  }),
  robots: dataKind({
    pattern: "/robots.txt",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.robots(),
    formerPaths: () => [],
    contentType: "text/plain; charset=utf-8",
    render: (site) => robotsTxt(site),
  }),
  actionsJson: dataKind({
    pattern: "/data/actions.json",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.actionsData("json"),
    formerPaths: () => [],
    contentType: "application/json; charset=utf-8",
    render: ({ graph }) => `${JSON.stringify({ actions: actionRecords(graph) }, null, 2)}\n`,
  }),
  objectivesJson: dataKind({
    pattern: "/data/objectives.json",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.objectivesData(),
    formerPaths: () => [],
    contentType: "application/json; charset=utf-8",
    render: ({ graph }) => `${JSON.stringify({ objectives: objectiveRecords(graph) }, null, 2)}\n`,
  }),
  updatesCsv: dataKind({
    pattern: "/data/updates.csv",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.updatesData(),
    formerPaths: () => [],
    contentType: "text/csv; charset=utf-8",
    headers: { "content-disposition": 'attachment; filename="updates.csv"' },
    render: ({ graph }) => updatesCsv(graph),
  }),
  feed: dataKind({
    pattern: "/updates.xml",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.feed(),
    formerPaths: () => [],
    contentType: "application/atom+xml; charset=utf-8",
    render: (site) => atomFeed(site),
  }),
  planFeed: dataKind({
    pattern: "/plans/:plan/updates.xml",
    rendering: "static",
    instances: (graph: ContentGraph) => graph.plans.map((plan) => ({ plan })),
    path: ({ plan }) => urls.planFeed(plan.id),
    formerPaths: ({ plan }) => formerAddresses(urls.planFeed, idsOf(plan)),
    contentType: "application/atom+xml; charset=utf-8",
    render: (site, { plan }) => atomFeed(site, plan),
  }),
  actionsCsv: dataKind({
    pattern: "/data/actions.csv",
    rendering: "static",
    instances: () => ONCE,
    path: () => urls.actionsData("csv"),
    formerPaths: () => [],
    contentType: "text/csv; charset=utf-8",
    headers: { "content-disposition": 'attachment; filename="actions.csv"' },
    render: ({ graph }) => toCsv(actionRecords(graph)),
  }),
};

/** The sections of a priority page, in the order the page shows them. */
export function prioritySections(priority: Priority) {
  return sectionsWhere(
    [
      priority.commitment !== undefined,
      headedSection("commitment", anchors.commitment, "Our commitment"),
    ],
    [
      priority.objectives.length + priority.actions.length > 0,
      headedSection("progress", anchors.progress, "Progress"),
    ],
    [
      priority.objectives.length > 0,
      headedSection(
        "objectives",
        anchors.objectives,
        objectivesHeading(priority.plan),
        priority.objectives.map((objective) => urls.objectiveAnchor(objective.number)),
      ),
    ],
    [true, bodySection("body", priority.body)],
    [true, headedSection("measures", anchors.measures, "How we will measure progress")],
    [
      priority.actions.length > 0,
      headedSection("actions", anchors.actions, "Delivery plan actions", [
        ...priority.actions.map((action) => urls.actionAnchor(action.number)),
        ...groupActions(priority.actions).map((group) => group.id),
      ]),
    ],
    [
      priority.relatedPriorities.length > 0,
      headedSection("related", anchors.related, "Related priorities in other plans"),
    ],
  );
}

/** The other actions under the same delivery-plan heading, shown on an action's page. */
/** The plan's own heading: "Objectives and areas of focus for 2022/23" where it gives a period. */
export function objectivesHeading(plan: Plan): string {
  return `Objectives and areas of focus${plan.objectivesPeriod ? ` for ${plan.objectivesPeriod}` : ""}`;
}

export function sameGroupAs(action: Action): Action[] {
  return action.priority.actions.filter(
    (other) => other.group === action.group && other !== action,
  );
}

/** The old addresses of an item's own page, as its kind declares them. */
function formerPagePaths(subject: HistorySubject): readonly string[] {
  switch (subject.kind) {
    case "priority":
      return PAGE_KINDS.priority.formerPaths({ priority: subject.priority });
    case "action":
      return PAGE_KINDS.action.formerPaths({ action: subject.action });
    case "objective":
      return PAGE_KINDS.objective.formerPaths({ objective: subject.objective });
    case "chapter":
      return PAGE_KINDS.chapter.formerPaths({ page: subject.page });
  }
}

function prioritiesOf(graph: ContentGraph): Priority[] {
  return graph.plans.flatMap((plan) => plan.priorities);
}

function actionAddress(action: Action, planId: string, priorityId: string): string {
  return urls.action(planId, priorityId, action.number);
}

/** The addresses an objective or action had under the numbers it had before (formerNumbers). */
function renumberedAddresses(
  item: Action | Objective,
  build: (plan: string, priority: string, number: number) => string,
): string[] {
  return item.formerNumbers.flatMap((number) =>
    idsOf(item.priority.plan).flatMap((plan) =>
      idsOf(item.priority).map((priority) => build(plan, priority, number)),
    ),
  );
}

/** An entry's id first, then the ids it was published under before. */
function idsOf(entry: Plan | Priority | PlanPage | { id: string; formerIds?: string[] }): string[] {
  return [entry.id, ...(entry.formerIds ?? [])];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
