import type { Action } from "@/lib/content";
import { urls } from "@/lib/urls";

export const LEAD_NOT_CONFIRMED = "Lead not yet confirmed";
export const MEMBER_LEAD_NOT_CONFIRMED = "Not yet confirmed";

/** Who leads an action, each service a link to all it leads; or that the lead is not confirmed. */
export function LeadServices({ action }: { action: Action }) {
  if (action.leads.length === 0) return <>{LEAD_NOT_CONFIRMED}</>;
  return action.leads.map((service, index) => (
    <span key={service.id}>
      {index > 0 ? " and " : ""}
      <a href={urls.service(service.id)}>{service.name}</a>
    </span>
  ));
}
