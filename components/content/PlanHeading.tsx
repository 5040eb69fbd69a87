import type { Plan, Site } from "@/lib/content";
import { Tag } from "./Tag";

/** Who the plan is from and when, then its title with the council's own status label. */
export function PlanHeading({ plan, site }: { plan: Plan; site: Site }) {
  return (
    <>
      <p className="caption">
        {plan.author ?? site.name} · {plan.period.start} to {plan.period.end}
      </p>
      <h1>
        {plan.title} {plan.status === "draft" ? <Tag tone="yellow">Draft</Tag> : null}
      </h1>
    </>
  );
}
