import type { Citable } from "../content/graph";
import type { TrackedItem } from "../content/progress";
import { urls } from "./urls";
import { atomDocument, updateEntriesOf } from "./feeds";
import { versionEntries } from "./history-entries";
import { historyKey, subjectPath, subjectPlan } from "./item-history";
import type { SiteIndex } from "./page-kind";

/**
 * The Atom feed of one priority, objective or action: its changes (from its own history) and its
 * progress updates. A priority's feed has those of its objectives and actions too, so following a
 * priority follows everything under it.
 */
export function itemFeed(site: SiteIndex, citable: Citable): string {
  const path = subjectPath(citable);
  const tracked = trackedUnder(citable);
  return atomDocument(
    site,
    {
      selfPath: urls.itemFeed(path),
      title: itemFeedTitle(citable),
      pagePath: path,
    },
    [
      ...updateEntriesOf(site, tracked),
      ...membersOf(citable).flatMap((member) => versionEntries(site, member)),
    ],
  );
}

/** The feed's title, which its page's link to it also gives: "CP18-2.16 (draft): changes and progress". */
export function itemFeedTitle(citable: Citable): string {
  const draft = subjectPlan(citable).status === "draft" ? " (draft)" : "";
  return `${historyKey(citable)}${draft}: changes and progress`;
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
