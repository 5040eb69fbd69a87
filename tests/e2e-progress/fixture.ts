import type { ContentGraph } from "../../lib/content/graph";
import { loadSite } from "../../lib/site/load-site";
import { PROGRESS_CONTENT } from "../playwright.progress.config";

/** The fixture's content graph, as the site loads it: expectations come from it, not from copies. */
export async function fixtureGraph(): Promise<ContentGraph> {
  const result = await loadSite({
    root: process.cwd().replace(/\/tests$/, ""),
    contentDir: PROGRESS_CONTENT,
    includeDrafts: false,
    purpose: "check",
  });
  if (!result.ok) throw new Error("the progress fixture must load");
  return result.graph;
}
