import { WORDING_FIELDS, type FieldValue } from "../content/item-history/snapshot";
import { absoluteUrl } from "./urls";
import { toCsvTable } from "./csv";
import {
  describeValue,
  historySubjects,
  itemHistory,
  shownText,
  subjectPath,
  subjectPlan,
  subjectReference,
  type HistorySubject,
} from "./item-history";
import type { SiteIndex } from "./page-kind";

/** One field of one version of one item: a row of /data/history.csv. */
export interface HistoryRow {
  reference: string;
  /** A chapter's title; an item is known by its reference. */
  title: string;
  plan: string;
  /** The day the version was made, YYYY-MM-DD, and the commit that made it. */
  date: string;
  commit: string;
  /** "published", "changed", "removed" or "restored". */
  event: string;
  field: string;
  before: string;
  after: string;
  note: string;
  /** "major", "minor", or empty for an ordinary change. */
  note_kind: string;
  permalink: string;
}

const COLUMNS: (keyof HistoryRow)[] = [
  "reference",
  "title",
  "plan",
  "date",
  "commit",
  "event",
  "field",
  "before",
  "after",
  "note",
  "note_kind",
  "permalink",
];

/**
 * Every version of every item and chapter on the site, a row per changed field (one row for a
 * version that publishes or removes it), oldest first within each item. Values are named as the
 * pages name them; a page's text is its words, without drafting notes.
 */
export function historyRows(site: SiteIndex): HistoryRow[] {
  const { graph, facts } = site;
  return historySubjects(graph).flatMap((subject) => {
    const history = itemHistory(facts.history, subject);
    if (!history) return [];
    const value = (field: string, raw: FieldValue | undefined) =>
      shown(site, subject, field, raw).join("; ");
    return history.versions.flatMap((version) => {
      const common = {
        reference: subjectReference(subject) ?? "",
        title: subject.kind === "chapter" ? subject.page.title : "",
        plan: subjectPlan(subject).title,
        date: version.day,
        commit: version.commit,
        event: version.event,
        note: version.note?.note ?? "",
        note_kind: version.note?.kind ?? "",
        permalink: absoluteUrl(graph.site.siteUrl, subjectPath(subject)),
      };
      if (version.changes.length === 0) return [{ ...common, field: "", before: "", after: "" }];
      return version.changes.map((change) => ({
        ...common,
        field: change.field,
        before: value(change.field, change.before),
        after: value(change.field, change.after),
      }));
    });
  });
}

function shown(
  site: SiteIndex,
  subject: HistorySubject,
  field: string,
  raw: FieldValue | undefined,
): string[] {
  if (typeof raw === "string" && WORDING_FIELDS.has(field)) return [shownText(field, raw)];
  return describeValue(site.graph, subjectPlan(subject), field, raw);
}

/** /data/history.json: the rows, or why this copy of the site has no history. */
export function historyJson(site: SiteIndex): string {
  const { history } = site.facts;
  const data = history.available
    ? { available: true, versions: historyRows(site) }
    : { available: false, reason: history.reason, versions: [] };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** /data/history.csv, with the same quoting and formula safety as every CSV of the site. */
export function historyCsv(site: SiteIndex): string {
  return toCsvTable(historyRows(site), COLUMNS);
}
