import type { Citable } from "../content/graph";
import type { ContentHistory } from "../content/history";
import type { ItemVersion } from "../content/item-history/build";
import type { TrackedItem } from "../content/progress";
import { urls } from "../urls";
import { atomDocument, draftNote, updateEntriesOf, type Entry } from "./feeds";
import { fieldList, historyKey, itemHistory, subjectPath, subjectPlan } from "./item-history";
import type { SiteIndex } from "./page-kind";

/**
 * The Atom feed of one priority, objective or action: its changes (from its own history) and its
 * progress updates. A priority's feed has those of its objectives and actions too, so following a
 * priority follows everything under it.
 */
export function itemFeed(site: SiteIndex, citable: Citable): string {
  const path = subjectPath(citable);
  const tracked = trackedUnder(citable);
  const plan = subjectPlan(citable);
  return atomDocument(
    site.graph,
    {
      selfPath: urls.itemFeed(path),
      title: `${historyKey(citable)}${plan.status === "draft" ? " (draft)" : ""}: changes and progress`,
      pagePath: path,
    },
    [
      ...updateEntriesOf(tracked),
      ...membersOf(citable).flatMap((member) => changeEntries(site.facts.history, member)),
    ],
  );
}

function trackedUnder(citable: Citable): TrackedItem[] {
  switch (citable.kind) {
    case "priority":
      return [...citable.priority.objectives, ...citable.priority.actions];
    case "objective":
      return [citable.objective];
    case "action":
      return [citable.action];
  }
}

/** The item, and for a priority its objectives and actions, each with its own history. */
function membersOf(citable: Citable): Citable[] {
  if (citable.kind !== "priority") return [citable];
  const { priority } = citable;
  return [
    citable,
    ...priority.objectives.map((objective) => ({ kind: "objective" as const, objective })),
    ...priority.actions.map((action) => ({ kind: "action" as const, action })),
  ];
}

/**
 * An entry for each version of the item's history, linking to it on the history page. A version
 * that only changed the status is left out: its progress update is an entry of its own.
 */
function changeEntries(history: ContentHistory, citable: Citable): Entry[] {
  const item = itemHistory(history, citable);
  if (!item) return [];
  const reference = historyKey(citable);
  const historyPath = urls.history(subjectPath(citable));
  return item.versions.flatMap((version, index) => {
    const fields = version.changes.map((change) => change.field);
    if (version.event === "changed" && fields.every((field) => field === "status")) return [];
    const path = `${historyPath}#${urls.versionAnchor(index + 1)}`;
    return [
      {
        title: entryTitle(reference, version, fields),
        path,
        id: path,
        date: new Date(version.date),
        summary: `${draftNote(subjectPlan(citable))}${entrySummary(version, fields)}`,
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
