import { COMPLETED_STATUS } from "./build/progress";
import type { Action, Objective, Plan, ProgressUpdate, Status } from "./graph";

/** Anything progress is reported on. */
export type TrackedItem = Action | Objective;

export { COMPLETED_STATUS };

/** The current report on an item: its newest update, if any. */
export function currentUpdate(item: TrackedItem): ProgressUpdate | undefined {
  return item.updates[0];
}

/** How a set of items stands: how many are at each status, how many have no report. */
export interface RollUp {
  total: number;
  /** Every status, in its order, with the items now at it (zero counts included). */
  byStatus: { status: Status; count: number }[];
  notReported: number;
  completed: number;
  /** The date of the newest update among the items, if any. */
  latest?: string;
}

export function rollUp(items: readonly TrackedItem[], statuses: readonly Status[]): RollUp {
  const counts = new Map<string, number>();
  let notReported = 0;
  let latest: string | undefined;
  // A withdrawn item is no longer being delivered: it is not counted, as not reported or otherwise.
  const pursued = items.filter((item) => !item.withdrawn);
  for (const item of pursued) {
    const current = currentUpdate(item);
    if (!current) {
      notReported++;
      continue;
    }
    counts.set(current.status.id, (counts.get(current.status.id) ?? 0) + 1);
    if (!latest || current.date > latest) latest = current.date;
  }
  return {
    total: pursued.length,
    byStatus: statuses.map((status) => ({ status, count: counts.get(status.id) ?? 0 })),
    notReported,
    completed: counts.get(COMPLETED_STATUS) ?? 0,
    latest,
  };
}

const PERIOD_MONTHS = { monthly: 1, quarterly: 3, "six-monthly": 6, annual: 12 } as const;

/**
 * The day a plan's reporting period began, counted back from `today` (a quarterly plan: three
 * months ago), or undefined when the plan has not said how often it reports.
 */
export function reportingPeriodStart(plan: Plan, today: string): string | undefined {
  if (!plan.reportingPeriod) return undefined;
  const date = new Date(`${today}T00:00:00Z`);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - PERIOD_MONTHS[plan.reportingPeriod]);
  // The same day of that month, or its last day (31 May less three months is 28 or 29 February).
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

/** The words for a plan's reporting period, e.g. "3 months". */
export function periodWords(plan: Plan): string | undefined {
  if (!plan.reportingPeriod) return undefined;
  const months = PERIOD_MONTHS[plan.reportingPeriod];
  return months === 1 ? "month" : months === 12 ? "year" : `${months} months`;
}

/** A plan's actions and objectives with no update within its reporting period, up to `today`. */
export function itemsDue(plan: Plan, today: string): TrackedItem[] {
  const since = reportingPeriodStart(plan, today);
  if (since === undefined) return [];
  return itemsOfPlan(plan).filter(
    (item) => !item.withdrawn && (currentUpdate(item)?.date ?? "") < since,
  );
}

/** Every action and objective of a plan, in its order. */
export function itemsOfPlan(plan: Plan): TrackedItem[] {
  return plan.priorities.flatMap((priority) => [...priority.objectives, ...priority.actions]);
}

export function isAction(item: TrackedItem): item is Action {
  return "group" in item;
}
