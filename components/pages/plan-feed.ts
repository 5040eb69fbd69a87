import type { Citable, Plan } from "@/lib/content";
import { itemFeedTitle } from "@/lib/site/item-feed";
import { subjectPath } from "@/lib/site/item-history";
import { urls } from "@/lib/site/urls";

/** The Atom feed of a plan's progress and changes, linked from the plan's pages. */
export function planFeed(plan: Plan): { title: string; href: string } {
  return { title: `${plan.title}: progress and changes`, href: urls.planFeed(plan.id) };
}

/** The Atom feed of one priority, objective or action: its changes and progress. */
export function itemFeedLink(citable: Citable): { title: string; href: string } {
  return {
    title: itemFeedTitle(citable),
    href: urls.itemFeed(subjectPath(citable)),
  };
}
