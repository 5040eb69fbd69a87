import type { ContentGraph } from "../../lib/content/graph";
import { loadSite } from "../../lib/site/load-site";

let graph: Promise<ContentGraph> | undefined;

/** The real content graph, as the site loads it: what the pages' counts must come from. */
export function contentGraph(): Promise<ContentGraph> {
  graph ??= loadSite({ root: process.cwd(), includeDrafts: false, purpose: "check" }).then(
    (result) => {
      if (!result.ok) throw new Error("the content must load: run npm run content:check");
      return result.graph;
    },
  );
  return graph;
}

export async function allActions() {
  return (await contentGraph()).plans.flatMap((plan) =>
    plan.priorities.flatMap((priority) => priority.actions),
  );
}
