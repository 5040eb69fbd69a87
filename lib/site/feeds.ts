import { Feed } from "feed";
import type { ContentGraph, Plan } from "../content/graph";
import { itemsOfPlan, isAction, type TrackedItem } from "../content/progress";
import { absoluteUrl, citablePath, urls } from "../urls";
import { majorChangeEntries } from "./history-entries";
import type { SiteIndex } from "./page-kind";

export interface Entry {
  title: string;
  path: string;
  /** Unique and stable: the same report or change keeps its id across builds. */
  id: string;
  date: Date;
  summary: string;
}

/**
 * The Atom feed of progress updates and content changes (from the git history), newest first,
 * each linking to its page: the whole site's, or one plan's.
 */
export function atomFeed(site: SiteIndex, plan?: Plan): string {
  const { graph } = site;
  const entries = [
    ...updateEntries(plan ? [plan] : graph.plans),
    ...changeEntries(site, plan),
    ...majorChangeEntries(site, plan ? [plan] : graph.plans, draftNote),
  ];
  return atomDocument(
    graph,
    {
      selfPath: plan ? urls.planFeed(plan.id) : urls.feed(),
      title: plan
        ? `${plan.title}${plan.status === "draft" ? " (draft)" : ""}: progress and changes`
        : `${graph.site.siteTitle}: progress and changes`,
      pagePath: plan ? urls.plan(plan.id) : urls.home(),
    },
    entries,
  );
}

/** An Atom document of entries, newest first: every feed of the site is written here. */
export function atomDocument(
  graph: ContentGraph,
  head: { selfPath: string; title: string; pagePath: string },
  unsorted: readonly Entry[],
): string {
  const entries = [...unsorted].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id),
  );
  const feed = new Feed({
    id: absoluteUrl(graph.site.siteUrl, head.selfPath),
    title: head.title,
    link: absoluteUrl(graph.site.siteUrl, head.pagePath),
    feedLinks: { atom: absoluteUrl(graph.site.siteUrl, head.selfPath) },
    language: "en-GB",
    updated: entries[0]?.date ?? new Date(0),
    generator: false,
    copyright: graph.site.name,
    author: { name: graph.site.name },
  });
  for (const entry of entries) {
    const link = absoluteUrl(graph.site.siteUrl, entry.path);
    feed.addItem({
      title: entry.title,
      id: absoluteUrl(graph.site.siteUrl, entry.id),
      link,
      date: entry.date,
      description: entry.summary,
    });
  }
  return feed.atom1();
}

function updateEntries(plans: readonly Plan[]): Entry[] {
  return updateEntriesOf(plans.flatMap(itemsOfPlan));
}

/** An entry for each progress update of these actions and objectives. */
export function updateEntriesOf(items: readonly TrackedItem[]): Entry[] {
  return items.flatMap((item) => {
    const path = pathOf(item);
    return item.updates.map((update) => ({
      title: `${item.reference}: ${update.status.name}${update.percent !== undefined ? `, ${update.percent}%` : ""}`,
      path,
      id: `${path}#update-${update.date}`,
      date: new Date(`${update.date}T00:00:00Z`),
      summary: `${draftNote(item.priority.plan)}${update.summaryText}`,
    }));
  });
}

/** Readers of a feed see no page banner, so an entry of a draft plan says it is one. */
export function draftNote(plan: Plan): string {
  return plan.status === "draft" ? `From the draft ${plan.title}, not yet adopted. ` : "";
}

/** A change to a content file, for the page it is the page of, once a commit and page. */
function changeEntries({ facts, pageOfFile }: SiteIndex, plan?: Plan): Entry[] {
  if (!facts.history.available) return [];
  const planFiles = plan ? new Set(pageFilesOf(plan)) : undefined;
  return facts.history.changes.flatMap((change) => {
    const pages = new Map<string, string>();
    for (const file of change.files) {
      const page = pageOfFile.get(file);
      if (page && (!planFiles || planFiles.has(file))) pages.set(page.path, page.title);
    }
    return [...pages].map(([path, title]) => ({
      title: `Changed: ${title}`,
      path,
      id: `${path}#change-${change.date}`,
      date: new Date(change.date),
      summary: `The page “${title}” was changed.`,
    }));
  });
}

function pageFilesOf(plan: Plan): string[] {
  return [plan.file, ...plan.priorities.map((p) => p.file), ...plan.pages.map((p) => p.file)];
}

function pathOf(item: TrackedItem): string {
  return citablePath(
    isAction(item) ? { kind: "action", action: item } : { kind: "objective", objective: item },
  );
}
