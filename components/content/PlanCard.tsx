import type { Plan } from "@/lib/content";
import { urls } from "@/lib/site/urls";
import { Tag } from "./Tag";

export function PlanCard({
  plan,
  headingLevel: Heading = "h2",
}: {
  plan: Plan;
  headingLevel?: "h2" | "h3";
}) {
  return (
    <article className="card">
      <Heading className="card__title">
        <a href={urls.plan(plan.id)}>{plan.title}</a>
      </Heading>
      {plan.status === "draft" ? <Tag tone="yellow">Draft</Tag> : null}
      {plan.subtitle ? <p className="lead-text">{plan.subtitle}</p> : null}
      <p>{plan.vision}</p>
      <p className="meta-text">
        {plan.period.start} to {plan.period.end} · {plan.priorities.length} priorities
        {plan.author ? ` · ${plan.author}` : ""}
      </p>
    </article>
  );
}
