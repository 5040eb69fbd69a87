import type { Plan } from "../content/graph";

/** Readers of a feed see no page banner, so an entry of a draft plan says first that it is one. */
export function draftNote(plan: Plan): string | undefined {
  return plan.status === "draft" ? `From the draft ${plan.title}, not yet adopted.` : undefined;
}
