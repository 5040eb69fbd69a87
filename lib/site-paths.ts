import type { ContentGraph } from "./content/graph";
import { urls } from "./urls";

/** Every page the site publishes, in a stable order: the sitemap and the page tests read this. */
export function sitePaths(graph: ContentGraph): string[] {
  return [
    urls.home(),
    urls.plans(),
    ...graph.plans.flatMap((plan) => [
      urls.plan(plan.id),
      ...plan.priorities.map((priority) => urls.planEntry(plan.id, priority.id)),
      ...plan.pages.map((page) => urls.planEntry(plan.id, page.id)),
    ]),
  ];
}
