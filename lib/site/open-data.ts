import type { ContentGraph } from "../content/graph";
import { currentUpdate, itemsOfPlan, isAction, type TrackedItem } from "../content/progress";
import { actionPath, absoluteUrl, citablePath, objectivePath } from "./urls";
import { toCsvTable } from "./csv";

export interface ActionRecord {
  reference: string;
  plan: string;
  /** "draft" while the council has not adopted the plan. */
  plan_status: "draft" | "adopted";
  priority_reference: string;
  priority: string;
  group: string;
  number: number;
  text: string;
  lead: string;
  /** "confirmed", "tentative" (the plan queries it) or "unconfirmed" (it names none). */
  lead_certainty: string;
  /** The lead as the plan writes it, where that differs from the service's name. */
  lead_as_written: string;
  member_lead: string;
  themes: string;
  /** The kinds of the drafting notes on the action: what the council marked as unfinished. */
  drafting_flags: string;
  /** The status of the latest progress update, its percent and date; empty when none. */
  status: string;
  percent: number | "";
  updated: string;
  /** The day the council withdrew it, and why; empty while it is pursued. */
  withdrawn: string;
  withdrawn_reason: string;
  permalink: string;
}

const COLUMNS: (keyof ActionRecord)[] = [
  "reference",
  "plan",
  "plan_status",
  "priority_reference",
  "priority",
  "group",
  "number",
  "text",
  "lead",
  "lead_certainty",
  "lead_as_written",
  "member_lead",
  "themes",
  "drafting_flags",
  "status",
  "percent",
  "updated",
  "withdrawn",
  "withdrawn_reason",
  "permalink",
];

/** Where an action or objective sits: its reference, plan (and whether a draft) and priority. */
function placeOf(item: TrackedItem) {
  const { priority } = item;
  return {
    reference: item.reference,
    plan: priority.plan.title,
    plan_status: priority.plan.status,
    priority_reference: priority.reference,
    priority: priority.title,
  };
}

/** Its themes, what the council marked as unfinished about it, and its latest progress. */
function stateOf(item: TrackedItem) {
  const update = currentUpdate(item);
  return {
    themes: item.themes.map((theme) => theme.title).join("; "),
    drafting_flags: [...new Set(item.draftingNotes.map((note) => note.kind))].join("; "),
    status: update?.status.name ?? "",
    percent: update?.percent ?? ("" as const),
    updated: update?.date ?? "",
    withdrawn: item.withdrawn?.date ?? "",
    withdrawn_reason: item.withdrawn?.reason ?? "",
  };
}

/** Every delivery-plan action as a flat record, for /data/actions.json and .csv. */
export function actionRecords(graph: ContentGraph): ActionRecord[] {
  return graph.plans.flatMap((plan) =>
    plan.priorities.flatMap((priority) =>
      priority.actions.map((action) => ({
        ...placeOf(action),
        group: action.group,
        number: action.number,
        text: action.text,
        lead: action.leads.map((service) => service.name).join("; "),
        lead_certainty: action.leadCertainty,
        lead_as_written: action.leadAsWritten ?? "",
        member_lead: action.memberLead ?? "",
        ...stateOf(action),
        permalink: absoluteUrl(graph.site.siteUrl, actionPath(action)),
      })),
    ),
  );
}

export interface ObjectiveRecord {
  reference: string;
  plan: string;
  plan_status: "draft" | "adopted";
  priority_reference: string;
  priority: string;
  number: number;
  text: string;
  /** The period the plan gives its objectives, e.g. "2022/23"; empty where it gives none. */
  period: string;
  themes: string;
  drafting_flags: string;
  status: string;
  percent: number | "";
  updated: string;
  withdrawn: string;
  withdrawn_reason: string;
  permalink: string;
}

/** Every objective as a flat record, for /data/objectives.json. */
export function objectiveRecords(graph: ContentGraph): ObjectiveRecord[] {
  return graph.plans.flatMap((plan) =>
    plan.priorities.flatMap((priority) =>
      priority.objectives.map((objective) => ({
        ...placeOf(objective),
        number: objective.number,
        text: objective.text,
        period: objective.period ?? "",
        ...stateOf(objective),
        permalink: absoluteUrl(graph.site.siteUrl, objectivePath(objective)),
      })),
    ),
  );
}

/** /data/actions.csv: the records above, one row an action. */
export function toCsv(records: readonly ActionRecord[]): string {
  return toCsvTable(records, COLUMNS);
}

export interface UpdateRecord {
  reference: string;
  kind: "action" | "objective";
  plan_status: "draft" | "adopted";
  /** The period the plan gives an objective, e.g. "2022/23"; empty for actions. */
  period: string;
  date: string;
  status: string;
  percent: number | "";
  summary: string;
  permalink: string;
}

const UPDATE_COLUMNS: (keyof UpdateRecord)[] = [
  "reference",
  "kind",
  "plan_status",
  "period",
  "date",
  "status",
  "percent",
  "summary",
  "permalink",
];

/** /data/updates.csv: every published progress update, newest first within each item. */
export function updatesCsv(graph: ContentGraph): string {
  const records = graph.plans.flatMap(itemsOfPlan).flatMap((item) =>
    item.updates.map((update): UpdateRecord => ({
      reference: item.reference,
      kind: isAction(item) ? "action" : "objective",
      plan_status: item.priority.plan.status,
      period: isAction(item) ? "" : (item.period ?? ""),
      date: update.date,
      status: update.status.name,
      percent: update.percent ?? "",
      summary: update.summaryText,
      permalink: absoluteUrl(
        graph.site.siteUrl,
        citablePath(
          isAction(item)
            ? { kind: "action", action: item }
            : { kind: "objective", objective: item },
        ),
      ),
    })),
  );
  return toCsvTable(records, UPDATE_COLUMNS);
}
