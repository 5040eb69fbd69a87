import type { Plan } from "@/lib/content";
import { urls } from "@/lib/urls";

/** The Atom feed of a plan's progress and changes, linked from the plan's pages. */
export function planFeed(plan: Plan): { title: string; href: string } {
  return { title: `${plan.title}: progress and changes`, href: urls.planFeed(plan.id) };
}
