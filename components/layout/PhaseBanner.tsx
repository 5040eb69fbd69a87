import type { Plan } from "@/lib/content";
import { Tag } from "@/components/content/Tag";
import { urls } from "@/lib/site/urls";

/**
 * On every page of a draft plan (GOV.UK's phase banner): says the plan is a draft and what that
 * means, so nothing on the page is quoted as the council's settled position.
 */
export function PhaseBanner({ plan }: { plan: Plan | null }) {
  if (plan?.status !== "draft") return null;
  return (
    <p className="phase-banner" data-plan-status="draft">
      <Tag tone="yellow">Draft</Tag>{" "}
      <span>
        This page is part of a draft: the <a href={urls.plan(plan.id)}>{plan.title}</a> has not been
        adopted by the council, and any of it may change.
      </span>
    </p>
  );
}
