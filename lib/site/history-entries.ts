import type { Citable, Plan } from "../content/graph";
import type { ItemVersion } from "../content/item-history/build";
import { absoluteUrl, urls } from "./urls";
import type { AtomEntry } from "./atom";
import { draftNote } from "./draft-note";
import {
  fieldList,
  historyKey,
  historySubjects,
  itemHistory,
  subjectPath,
  subjectPlan,
} from "./item-history";
import type { SiteIndex } from "./page-kind";

/**
 * An entry for each version of the item's history, linking to it on the history page. A version
 * that only changed the status is left out: its progress update is an entry of its own.
 */
export function versionEntries(
  site: SiteIndex,
  citable: Citable,
  which: (version: ItemVersion) => boolean = () => true,
): AtomEntry[] {
  const item = itemHistory(site.facts.history, citable);
  if (!item) return [];
  const reference = historyKey(citable);
  const historyPath = urls.history(subjectPath(citable));
  return item.versions.flatMap((version, index) => {
    const fields = version.changes.map((change) => change.field);
    if (!which(version)) return [];
    if (version.event === "changed" && fields.every((field) => field === "status")) return [];
    const address = absoluteUrl(
      site.graph.site.siteUrl,
      `${historyPath}#${urls.versionAnchor(index + 1)}`,
    );
    const said = [draftNote(subjectPlan(citable)), entrySummary(version, fields)];
    return [
      {
        id: address,
        title: entryTitle(reference, version, fields),
        link: address,
        updated: new Date(version.date),
        summaryHtml: site.feedHtml.paragraphs(said.filter((line) => line !== undefined)),
      },
    ];
  });
}

function entryTitle(reference: string, version: ItemVersion, fields: readonly string[]): string {
  switch (version.event) {
    case "published":
      return `${reference} first published on this site`;
    case "removed":
      return `${reference} removed from the published plan`;
    case "restored":
      return `${reference} published again`;
    case "changed":
      if (version.note?.kind !== "major") return `${reference} changed: ${fieldList(fields)}`;
      return version.note.note
        ? `${reference} updated: ${version.note.note}`
        : `${reference} updated: ${fieldList(fields)}`;
  }
}

function entrySummary(version: ItemVersion, fields: readonly string[]): string {
  const what = fields.length > 0 ? `What changed: ${fieldList(fields)}.` : "";
  const said = [version.note?.note, what].filter(Boolean).join(" ");
  if (said !== "") return said;
  return version.event === "removed"
    ? "It is no longer part of the published plan."
    : "Its history shows the wording it had.";
}

/**
 * The changes editors marked major, for the site's and each plan's feed: readers following a
 * whole plan see the change notes that matter without following every item.
 */
export function majorChangeEntries(site: SiteIndex, plans: readonly Plan[]): AtomEntry[] {
  return historySubjects(site.graph)
    .filter((subject): subject is Citable => subject.kind !== "chapter")
    .filter((citable) => plans.includes(subjectPlan(citable)))
    .flatMap((citable) => versionEntries(site, citable, (v) => v.note?.kind === "major"));
}
