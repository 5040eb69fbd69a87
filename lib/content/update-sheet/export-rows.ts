import type { Plan } from "../graph";
import { currentUpdate, isAction, itemsOfPlan, type TrackedItem } from "../progress";
import { ukDate } from "./cells";
import type { SheetColumnKey } from "./columns";

/** One row of the exported sheet: what identifies an item, and its empty columns to fill in. */
export type ExportRow = Record<SheetColumnKey, string>;

/**
 * A row for every action and objective of the plan, in the plan's order. The priority is the way
 * in for a service when the plan names no lead (none of the Strategic Plan's actions has one).
 */
export function exportRows(plan: Plan): ExportRow[] {
  return itemsOfPlan(plan).map((item) => ({
    reference: item.reference,
    priority: `${item.priority.reference} ${item.priority.title}`,
    item: item.text,
    lead: leadOf(item),
    latest: latestOf(item),
    date: "",
    status: "",
    percent: "",
    summary: "",
  }));
}

function leadOf(item: TrackedItem): string {
  return isAction(item) ? item.leads.map((service) => service.name).join("; ") : "";
}

/** "On track, 40%, 01/10/2026", or that nothing has been reported yet. */
function latestOf(item: TrackedItem): string {
  const current = currentUpdate(item);
  if (!current) return "Not yet reported";
  const percent = current.percent !== undefined ? `, ${current.percent}%` : "";
  return `${current.status.name}${percent}, ${ukDate(current.date)}`;
}
