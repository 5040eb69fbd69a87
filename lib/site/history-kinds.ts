import type { Citable, ContentGraph } from "../content/graph";
import { formatDate } from "./dates";
import { ADDRESSES, urls } from "./urls";
import { answerDatedCitation, type DatedCitation } from "./dated-citations";
import { itemFeed } from "./item-feed";
import {
  historyKey,
  historySubjects,
  subjectName,
  subjectPath,
  subjectPlan,
  type HistorySubject,
} from "./item-history";
import { dataKind, htmlKind } from "./page-kind";

/** Old addresses of an item's own page, from its kind's declaration (lib/site/page-kinds.ts). */
type FormerPagePaths = (subject: HistorySubject) => readonly string[];

/** The pages of one address pattern: its items of these kinds. */
function subjectsOfKinds<Kind extends HistorySubject["kind"]>(
  graph: ContentGraph,
  kinds: readonly Kind[],
): Extract<HistorySubject, { kind: Kind }>[] {
  return historySubjects(graph).filter(
    (subject): subject is Extract<HistorySubject, { kind: Kind }> =>
      (kinds as readonly string[]).includes(subject.kind),
  );
}

/** Every version of an item or chapter, under its page's address: …/history. */
export function historyKind(
  pattern: string,
  kinds: readonly HistorySubject["kind"][],
  formerPagePaths: FormerPagePaths,
) {
  return htmlKind({
    pattern,
    plan: ({ subject }) => subjectPlan(subject),
    instances: (graph: ContentGraph) =>
      subjectsOfKinds(graph, kinds).map((subject): { subject: HistorySubject } => ({ subject })),
    path: ({ subject }) => urls.history(subjectPath(subject)),
    formerPaths: ({ subject }) => formerPagePaths(subject).map(urls.history),
    source: () => null,
    files: () => [],
    title: ({ subject }) => `History of ${subjectName(subject)}, ${subjectPlan(subject).title}`,
    sections: () => [],
  });
}

/** The Atom feed of one priority, objective or action: …/updates.xml under its page. */
export function itemFeedKind(
  pattern: string,
  kinds: readonly Citable["kind"][],
  formerPagePaths: FormerPagePaths,
) {
  return dataKind({
    pattern,
    instances: (graph: ContentGraph) =>
      subjectsOfKinds(graph, kinds).map((citable) => ({ citable: citable as Citable })),
    path: ({ citable }) => urls.itemFeed(subjectPath(citable)),
    formerPaths: ({ citable }) => formerPagePaths(citable).map(urls.itemFeed),
    contentType: "application/atom+xml; charset=utf-8",
    render: (site, { citable }) => itemFeed(site, citable),
  });
}

/** /ref/<reference>/<date>: an item as it stood on any day, rendered per request. */
export const datedCitationKind = htmlKind({
  pattern: ADDRESSES.datedReference,
  plan: ({ citable }) => subjectPlan(citable),
  rendering: "per-request",
  // Any past day may be cited: none is prerendered, none is in the sitemap (each is canonical to
  // the item's page today).
  instances: (): DatedCitation[] => [],
  path: ({ citable, day }) => urls.datedReference(historyKey(citable), day),
  formerPaths: () => [],
  source: () => null,
  files: () => [],
  title: ({ citable, day }) => `${historyKey(citable)} as it stood on ${formatDate(day)}`,
  sections: () => [],
  unlisted: answerDatedCitation,
});
