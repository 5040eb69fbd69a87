import type { Plan, ProgressUpdate } from "../content/graph";
import { itemsOfPlan, isAction, type TrackedItem } from "../content/progress";
import { absoluteUrl, citablePath, urls } from "./urls";
import { atomXml, type AtomEntry } from "./atom";
import { majorChangeEntries } from "./history-entries";
import type { FeedHtml, SiteIndex } from "./page-kind";

/**
 * The Atom feed of progress updates and content changes (from the git history), newest first,
 * each linking to its page: the whole site's, or one plan's.
 */
export function atomFeed(site: SiteIndex, plan?: Plan): string {
  const { graph } = site;
  const plans = plan ? [plan] : graph.plans;
  const entries = [
    ...updateEntriesOf(site, plans.flatMap(itemsOfPlan)),
    ...changeEntries(site, plan),
    ...majorChangeEntries(site, plans),
  ];
  return atomDocument(
    site,
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
  { graph }: SiteIndex,
  head: { selfPath: string; title: string; pagePath: string },
  unsorted: readonly AtomEntry[],
): string {
  const siteUrl = graph.site.siteUrl;
  return atomXml({
    id: absoluteUrl(siteUrl, head.selfPath),
    title: head.title,
    link: absoluteUrl(siteUrl, head.pagePath),
    author: graph.site.name,
    rights: graph.site.name,
    entries: [...unsorted].sort(
      (a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id),
    ),
  });
}

/** An entry for each progress report of these actions and objectives. */
export function updateEntriesOf(site: SiteIndex, items: readonly TrackedItem[]): AtomEntry[] {
  const siteUrl = site.graph.site.siteUrl;
  return items.flatMap((item) =>
    item.updates.map((update) => updateEntry(site.feedHtml, siteUrl, item, update)),
  );
}

/** One progress report as a feed entry: its title names the item, its summary is rendered. */
export function updateEntry(
  html: FeedHtml,
  siteUrl: string,
  item: TrackedItem,
  update: ProgressUpdate,
): AtomEntry {
  const path = pathOf(item);
  const link = absoluteUrl(siteUrl, path);
  return {
    // Unchanged since the first feed: readers know an entry by its id.
    id: absoluteUrl(siteUrl, `${path}#update-${update.date}`),
    title: updateTitle(item, update),
    link,
    updated: new Date(`${update.date}T00:00:00Z`),
    summaryHtml: html.update(item, update, link),
  };
}

/** The most of an item's text a title holds: a feed reader's list shows about a line. */
const TITLE_WORDS_LENGTH = 60;

/** "CP18-1.2 Improve the roads in …: at risk, 25%". */
export function updateTitle(item: TrackedItem, update: ProgressUpdate): string {
  const status = update.status.name.charAt(0).toLowerCase() + update.status.name.slice(1);
  const percent = update.percent !== undefined ? `, ${update.percent}%` : "";
  return `${item.reference} ${shortened(item.text)}: ${status}${percent}`;
}

/** The text cut at a word to fit a title, with "…" where it was cut, and no closing full stop. */
function shortened(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  if (words.length <= TITLE_WORDS_LENGTH) return words.replace(/[.:;,]$/, "");
  const cut = words.slice(0, TITLE_WORDS_LENGTH + 1);
  const atWord = cut.lastIndexOf(" ") > 0 ? cut.slice(0, cut.lastIndexOf(" ")) : cut;
  return `${atWord.replace(/[.:;,]$/, "")} …`;
}

/** A change to a content file, for the page it is the page of, once a commit and page. */
function changeEntries(
  { facts, pageOfFile, graph, feedHtml }: SiteIndex,
  plan?: Plan,
): AtomEntry[] {
  if (!facts.history.available) return [];
  const planFiles = plan ? new Set(pageFilesOf(plan)) : undefined;
  return facts.history.changes.flatMap((change) => {
    const pages = new Map<string, string>();
    for (const file of change.files) {
      const page = pageOfFile.get(file);
      if (page && (!planFiles || planFiles.has(file))) pages.set(page.path, page.title);
    }
    return [...pages].map(([path, title]) => ({
      id: absoluteUrl(graph.site.siteUrl, `${path}#change-${change.date}`),
      title: `Changed: ${title}`,
      link: absoluteUrl(graph.site.siteUrl, path),
      updated: new Date(change.date),
      summaryHtml: feedHtml.change(title),
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
