import type { Action, ContentGraph, Objective, Plan, PlanPage, Priority } from "../content/graph";
import { nearestKey } from "../content/nearest";
import { normaliseReference } from "../content/references";
import { ADDRESSES, anchors, citablePath, urls } from "./urls";
import { sameGroupAs } from "./action-groups";
import { robotsTxt, sitemapXml } from "./documents";
import { atomFeed } from "./feeds";
import { actionRecords, objectiveRecords, toCsv, updatesCsv } from "./open-data";
import { historyCsv, historyJson } from "./history-data";
import { datedCitationKind, historyKind, itemFeedKind } from "./history-kinds";
import type { HistorySubject } from "./item-history";
import { dataKind, formerAddresses, htmlKind, ONCE, redirectKind } from "./page-kind";
import { prioritySections } from "./priority-sections";
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
    pattern: ADDRESSES.home,
    plan: () => null,
    instances: (graph: ContentGraph) => [{ site: graph.site, plans: graph.plans }],
    path: () => urls.home(),
    source: ({ site }) => site.file,
    files: ({ site, plans }) => [site.file, ...plans.map((plan) => plan.file)],
    title: () => "Home",
    sections: () => [],
  }),
  plans: htmlKind({
    pattern: ADDRESSES.plans,
    plan: () => null,
    instances: (graph: ContentGraph) => [{ plans: graph.plans }],
    path: () => urls.plans(),
    source: () => null,
    files: ({ plans }) => plans.map((plan) => plan.file),
    title: () => "Plans",
    sections: () => [],
  }),
  plan: htmlKind({
    pattern: ADDRESSES.plan,
    plan: ({ plan }) => plan,
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
    pattern: ADDRESSES.printPlan,
    plan: ({ plan }) => plan,
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
    pattern: ADDRESSES.priority,
    plan: ({ priority }) => priority.plan,
    instances: (graph: ContentGraph) => prioritiesOf(graph).map((priority) => ({ priority })),
    path: ({ priority }) => urls.planEntry(priority.plan.id, priority.id),
    formerPaths: ({ priority }) =>
      formerAddresses(urls.planEntry, idsOf(priority.plan), idsOf(priority)),
    source: ({ priority }) => priority.file,
    files: ({ priority }) => [priority.file],
    title: ({ priority }) => `${priority.reference}: ${priority.shortTitle ?? priority.title}`,
    search: ({ priority }) => ({
      kind: "Priority",
      title: priority.title,
      reference: priority.reference,
      plan: searchPlanName(priority.plan),
      text: [priority.commitment],
      body: priority.body,
    }),
    sections: ({ priority }) => prioritySections(priority),
    historyOf: ({ priority }) => ({ kind: "priority", priority }),
  }),
  action: htmlKind({
    pattern: ADDRESSES.action,
    plan: ({ action }) => action.priority.plan,
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
    title: ({ action }) =>
      `${action.reference}: action ${action.number} of ${action.priority.plan.title}`,
    search: ({ action }) => ({
      kind: "Action",
      title: `Action ${action.number}: ${action.group}`,
      reference: action.reference,
      plan: searchPlanName(action.priority.plan),
      text: [action.text, ...action.leads.map((service) => service.name)],
    }),
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
    pattern: ADDRESSES.objective,
    plan: ({ objective }) => objective.priority.plan,
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
    title: ({ objective }) =>
      `${objective.reference}: objective ${objective.number} of ${objective.priority.plan.title}`,
    search: ({ objective }) => ({
      kind: "Objective",
      title: objective.text,
      reference: objective.reference,
      plan: searchPlanName(objective.priority.plan),
      text: [objective.text],
    }),
    historyOf: ({ objective }) => ({ kind: "objective", objective }),
    sections: () => [
      headedSection("progress", anchors.progress, "Progress"),
      headedSection("measures", anchors.measures, "How we will measure progress"),
    ],
  }),
  planProgress: htmlKind({
    pattern: ADDRESSES.planProgress,
    plan: ({ plan }) => plan,
    instances: (graph: ContentGraph) => graph.plans.map((plan) => ({ plan, themes: graph.themes })),
    path: ({ plan }) => urls.planProgress(plan.id),
    formerPaths: ({ plan }) => formerAddresses(urls.planProgress, idsOf(plan)),
    source: () => null,
    // The plan's title and reporting period, its priorities' progress, and the themes it is
    // rolled up by: its own and those across the plans.
    files: ({ plan, themes }) => [
      plan.file,
      ...plan.priorities.map((priority) => priority.file),
      ...plan.planThemes.map((theme) => theme.file),
      ...themes.map((theme) => theme.file),
    ],
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
    pattern: ADDRESSES.chapter,
    plan: ({ page }) => page.plan,
    instances: (graph: ContentGraph) =>
      graph.plans.flatMap((plan) => plan.pages.map((page) => ({ page }))),
    path: ({ page }) => urls.planEntry(page.plan.id, page.id),
    formerPaths: ({ page }) => formerAddresses(urls.planEntry, idsOf(page.plan), idsOf(page)),
    source: ({ page }) => page.file,
    files: ({ page }) => [page.file],
    title: ({ page }) => `${page.title} (${page.plan.title})`,
    search: ({ page }) => ({
      kind: "Page",
      title: page.title,
      reference: "",
      plan: searchPlanName(page.plan),
      text: [],
      body: page.body,
    }),
    sections: ({ page }) => [bodySection("body", page.body)],
    historyOf: ({ page }) => ({ kind: "chapter", page }),
  }),
  themes: htmlKind({
    pattern: ADDRESSES.themes,
    plan: () => null,
    instances: (graph: ContentGraph) => [{ themes: graph.themes }],
    path: () => urls.themes(),
    source: () => null,
    files: ({ themes }) => themes.map((theme) => theme.file),
    title: () => "Themes across the plans",
    sections: () => [],
  }),
  theme: htmlKind({
    pattern: ADDRESSES.theme,
    plan: () => null,
    instances: (graph: ContentGraph) => graph.themes.map((theme) => ({ theme })),
    path: ({ theme }) => urls.theme(theme.id),
    formerPaths: ({ theme }) => formerAddresses(urls.theme, idsOf(theme)),
    source: ({ theme }) => theme.file,
    files: ({ theme }) => [
      theme.file,
      ...new Set(
        [...theme.priorities, ...theme.objectives.map((objective) => objective.priority)]
          .concat(theme.actions.map((action) => action.priority))
          .map((priority) => priority.file),
      ),
    ],
    title: ({ theme }) => `${theme.title}: across the plans`,
    search: ({ theme }) => ({
      kind: "Theme",
      title: theme.title,
      reference: "",
      plan: "All plans",
      text: [theme.description],
      body: theme.body,
    }),
    // What the theme's file says under its frontmatter, where it says anything, before progress.
    sections: ({ theme }) =>
      sectionsWhere(
        [theme.body.code !== "", bodySection("body", theme.body)],
        [true, headedSection("progress", anchors.progress, "Progress")],
      ),
  }),
  services: htmlKind({
    pattern: ADDRESSES.services,
    plan: () => null,
    instances: (graph: ContentGraph) => [{ services: graph.services }],
    path: () => urls.services(),
    source: () => null,
    files: ({ services }) => services.map((service) => service.file),
    title: () => "Lead services",
    sections: () => [],
  }),
  service: htmlKind({
    pattern: ADDRESSES.service,
    plan: () => null,
    instances: (graph: ContentGraph) => graph.services.map((service) => ({ service })),
    path: ({ service }) => urls.service(service.id),
    formerPaths: ({ service }) => formerAddresses(urls.service, idsOf(service)),
    source: ({ service }) => service.file,
    files: ({ service }) => [
      service.file,
      ...new Set(service.actions.map((action) => action.priority.file)),
    ],
    title: ({ service }) => `${service.name}: actions it leads`,
    sections: ({ service }) =>
      sectionsWhere(
        [service.body.code !== "", bodySection("body", service.body)],
        [true, headedSection("progress", anchors.progress, "Progress")],
      ),
  }),
  changes: htmlKind({
    pattern: ADDRESSES.changes,
    plan: () => null,
    instances: () => ONCE,
    path: () => urls.changes(),
    source: () => null,
    files: () => [],
    title: () => "Changes to the plans",
    sections: () => [],
  }),
  sitePage: htmlKind({
    pattern: ADDRESSES.sitePage,
    plan: () => null,
    instances: (graph: ContentGraph) => graph.sitePages.map((page) => ({ page })),
    path: ({ page }) => urls.sitePage(page.id),
    formerPaths: ({ page }) => formerAddresses(urls.sitePage, idsOf(page)),
    source: ({ page }) => page.file,
    files: ({ page }) => [page.file],
    title: ({ page }) => page.title,
    sections: ({ page }) => [bodySection("body", page.body)],
  }),
  search: htmlKind({
    pattern: ADDRESSES.search,
    plan: () => null,
    rendering: "per-request",
    instances: () => ONCE,
    path: () => urls.search(),
    source: () => null,
    files: () => [],
    title: () => "Search the plans",
    sections: () => [],
  }),
  actionsExplorer: htmlKind({
    pattern: ADDRESSES.actionsExplorer,
    plan: () => null,
    rendering: "per-request",
    instances: (graph: ContentGraph) => [{ priorities: prioritiesOf(graph) }],
    path: () => urls.actions(),
    source: () => null,
    files: ({ priorities }) => priorities.map((priority) => priority.file),
    title: () => "All delivery-plan actions",
    sections: () => [],
  }),
  // Each item's own history, dated citations and a feed per item (lib/site/history-kinds.ts).
  entryHistory: historyKind(ADDRESSES.entryHistory, ["priority", "chapter"], formerPagePaths),
  actionHistory: historyKind(ADDRESSES.actionHistory, ["action"], formerPagePaths),
  objectiveHistory: historyKind(ADDRESSES.objectiveHistory, ["objective"], formerPagePaths),
  datedReference: datedCitationKind,
  priorityFeed: itemFeedKind(ADDRESSES.priorityFeed, ["priority"], formerPagePaths),
  actionFeed: itemFeedKind(ADDRESSES.actionFeed, ["action"], formerPagePaths),
  objectiveFeed: itemFeedKind(ADDRESSES.objectiveFeed, ["objective"], formerPagePaths),
  historyJson: dataKind({
    pattern: ADDRESSES.historyJson,
    instances: () => ONCE,
    path: () => urls.historyData("json"),
    contentType: "application/json; charset=utf-8",
    render: (site) => historyJson(site),
  }),
  historyCsv: dataKind({
    pattern: ADDRESSES.historyCsv,
    instances: () => ONCE,
    path: () => urls.historyData("csv"),
    contentType: "text/csv; charset=utf-8",
    headers: { "content-disposition": 'attachment; filename="history.csv"' },
    render: (site) => historyCsv(site),
  }),
  reference: redirectKind({
    pattern: ADDRESSES.reference,
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
    pattern: ADDRESSES.sitemap,
    instances: () => ONCE,
    path: () => urls.sitemap(),
    contentType: "application/xml; charset=utf-8",
    render: (site) => sitemapXml(site),
  }),
  robots: dataKind({
    pattern: ADDRESSES.robots,
    instances: () => ONCE,
    path: () => urls.robots(),
    contentType: "text/plain; charset=utf-8",
    render: (site) => robotsTxt(site),
  }),
  actionsJson: dataKind({
    pattern: ADDRESSES.actionsJson,
    instances: () => ONCE,
    path: () => urls.actionsData("json"),
    contentType: "application/json; charset=utf-8",
    render: ({ graph }) => `${JSON.stringify({ actions: actionRecords(graph) }, null, 2)}\n`,
  }),
  objectivesJson: dataKind({
    pattern: ADDRESSES.objectivesJson,
    instances: () => ONCE,
    path: () => urls.objectivesData(),
    contentType: "application/json; charset=utf-8",
    render: ({ graph }) => `${JSON.stringify({ objectives: objectiveRecords(graph) }, null, 2)}\n`,
  }),
  updatesCsv: dataKind({
    pattern: ADDRESSES.updatesCsv,
    instances: () => ONCE,
    path: () => urls.updatesData(),
    contentType: "text/csv; charset=utf-8",
    headers: { "content-disposition": 'attachment; filename="updates.csv"' },
    render: ({ graph }) => updatesCsv(graph),
  }),
  feed: dataKind({
    pattern: ADDRESSES.feed,
    instances: () => ONCE,
    path: () => urls.feed(),
    contentType: "application/atom+xml; charset=utf-8",
    render: (site) => atomFeed(site),
  }),
  planFeed: dataKind({
    pattern: ADDRESSES.planFeed,
    instances: (graph: ContentGraph) => graph.plans.map((plan) => ({ plan })),
    path: ({ plan }) => urls.planFeed(plan.id),
    formerPaths: ({ plan }) => formerAddresses(urls.planFeed, idsOf(plan)),
    contentType: "application/atom+xml; charset=utf-8",
    render: (site, { plan }) => atomFeed(site, plan),
  }),
  actionsCsv: dataKind({
    pattern: ADDRESSES.actionsCsv,
    instances: () => ONCE,
    path: () => urls.actionsData("csv"),
    contentType: "text/csv; charset=utf-8",
    headers: { "content-disposition": 'attachment; filename="actions.csv"' },
    render: ({ graph }) => toCsv(actionRecords(graph)),
  }),
};

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

/** Results name the plan they come from, and say when it is a draft. */
function searchPlanName(plan: Plan): string {
  return plan.status === "draft" ? `${plan.title} (draft)` : plan.title;
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
