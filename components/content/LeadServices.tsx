import type { Action, Service } from "@/lib/content";
import { urls } from "@/lib/site/urls";

export const LEAD_NOT_CONFIRMED = "Lead not yet confirmed";
export const MEMBER_LEAD_NOT_CONFIRMED = "Not yet confirmed";

/**
 * Who leads an action, each service a link to all it leads, as sure as the plan is: a lead the plan
 * queries ("Policy?") says it is not confirmed, and the plan's own wording is shown where it
 * differs from the service's name.
 */
export function LeadServices({ action, preview }: { action: Action; preview: boolean }) {
  if (action.leads.length === 0) {
    return (
      <>
        {LEAD_NOT_CONFIRMED}
        {preview && action.leadAsWritten ? (
          <span className="drafting-note"> The plan writes “{action.leadAsWritten}”.</span>
        ) : null}
      </>
    );
  }
  return (
    <>
      {action.leads.map((service, index) => (
        <span key={service.id}>
          {index > 0 ? " and " : ""}
          <a href={urls.service(service.id)}>{service.name}</a>
        </span>
      ))}
      {action.leadCertainty === "tentative" ? " – not yet confirmed" : null}
      {action.leadAsWritten ? (
        <span className="meta-text"> (the plan writes “{action.leadAsWritten}”)</span>
      ) : null}
    </>
  );
}

/** The names the plans gave a service where they differ from its name, by plan, for its page. */
export function namesInPlans(service: Service): { plan: string; names: string[] }[] {
  const byPlan = new Map<string, Set<string>>();
  for (const action of service.actions) {
    if (action.leads.length !== 1 || !action.leadAsWritten) continue;
    const plan = action.priority.plan.title;
    byPlan.set(plan, (byPlan.get(plan) ?? new Set()).add(action.leadAsWritten));
  }
  return [...byPlan].map(([plan, names]) => ({ plan, names: [...names].sort() }));
}
