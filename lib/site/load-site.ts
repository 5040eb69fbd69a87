import { MDX_COMPONENT_NAMES } from "../../components/mdx/names";
import { sortIssues } from "../content/issues";
import { loadContent, type LoadOptions, type LoadResult } from "../content/load";
import { checkLinks } from "./links";
import { reservedIds } from "./pages";
import { checkPublished } from "./published-check";

export type SiteLoadOptions = Omit<LoadOptions, "mdxComponents" | "reservedIds">;

/**
 * The content model loaded for this site: the components its MDX may use and the ids its own
 * pages own go in as data, and the checks that need the site's pages (every link and anchor in
 * every body, every published address still answering) run on the graph that comes out. Every
 * caller loads content through here.
 */
export async function loadSite(options: SiteLoadOptions): Promise<LoadResult> {
  const result = await loadContent({
    ...options,
    mdxComponents: MDX_COMPONENT_NAMES,
    reservedIds: reservedIds(),
  });
  if (!result.ok) return result;
  const issues = [
    ...checkLinks(result.graph),
    ...(await checkPublished(result.graph, options.root, options.contentDir ?? "content")),
  ];
  return issues.length > 0 ? { ok: false, issues: sortIssues(issues) } : result;
}
