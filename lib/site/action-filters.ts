import type { Action, ContentGraph } from "../content/graph";
import { currentUpdate } from "../content/progress";
import { normaliseReference } from "../content/references";
import { isRealDate } from "../content/schemas/progress";
import { urls } from "./urls";

export const LEAD_STATUSES = {
  confirmed: "Lead confirmed",
  unconfirmed: "Lead not yet confirmed",
} as const;

export interface ActionFilters {
  plan?: string;
  /** A priority's reference, e.g. "CP18-2". */
  priority?: string;
  theme?: string;
  service?: string;
  lead?: keyof typeof LEAD_STATUSES;
  /** A status id, or NOT_REPORTED for actions with no progress update. */
  status?: string;
  /** YYYY-MM-DD: only actions whose latest update is on or after it. */
  updatedSince?: string;
}

/** The status filter's value for actions nothing has been reported on. */
export const NOT_REPORTED = "not-reported";

const KEYS = ["plan", "priority", "theme", "service", "lead", "status", "updatedSince"] as const;

/** Reads the filters from a query string, ignoring values that match nothing on the site. */
export function parseFilters(params: URLSearchParams, graph: ContentGraph): ActionFilters {
  const value = (key: (typeof KEYS)[number]) => params.get(key)?.trim() || undefined;
  const plan = value("plan");
  const priority = value("priority");
  const theme = value("theme");
  const service = value("service");
  const lead = value("lead");
  const status = value("status");
  const updatedSince = value("updatedSince");
  const priorityKey = priority ? normaliseReference(priority) : undefined;
  return {
    plan: graph.plans.some((p) => p.id === plan) ? plan : undefined,
    priority:
      priorityKey && graph.byReference.get(priorityKey)?.kind === "priority"
        ? priorityKey
        : undefined,
    theme: graph.themes.some((t) => t.id === theme) ? theme : undefined,
    service: graph.services.some((s) => s.id === service) ? service : undefined,
    lead: lead === "confirmed" || lead === "unconfirmed" ? lead : undefined,
    status:
      status === NOT_REPORTED || graph.statuses.some((s) => s.id === status) ? status : undefined,
    updatedSince: updatedSince && isRealDate(updatedSince) ? updatedSince : undefined,
  };
}

export function filterActions(graph: ContentGraph, filters: ActionFilters): Action[] {
  return graph.plans
    .flatMap((plan) => plan.priorities.flatMap((priority) => priority.actions))
    .filter(
      (action) =>
        (!filters.plan || action.priority.plan.id === filters.plan) &&
        (!filters.priority || action.priority.reference === filters.priority) &&
        (!filters.theme || action.themes.some((theme) => theme.id === filters.theme)) &&
        (!filters.service || action.leads.some((service) => service.id === filters.service)) &&
        (!filters.lead || (filters.lead === "confirmed") === action.leads.length > 0) &&
        matchesProgress(action, filters),
    );
}

function matchesProgress(action: Action, filters: ActionFilters): boolean {
  const current = currentUpdate(action);
  if (filters.status === NOT_REPORTED && current) return false;
  if (filters.status && filters.status !== NOT_REPORTED && current?.status.id !== filters.status) {
    return false;
  }
  return !filters.updatedSince || (current !== undefined && current.date >= filters.updatedSince);
}

/** The shareable address of a set of filters. */
export function filtersUrl(filters: ActionFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${urls.actions()}?${query}` : urls.actions();
}

export function hasFilters(filters: ActionFilters): boolean {
  return KEYS.some((key) => filters[key] !== undefined);
}
