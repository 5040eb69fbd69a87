import { MDX_COMPONENT_NAMES } from "../../components/mdx/names";
import { sortIssues } from "../content/issues";
import { loadContent, type LoadOptions, type LoadResult } from "../content/load";
import { checkLinks } from "./links";
import { reservedIds } from "./pages";

export type SiteLoadOptions = Omit<LoadOptions, "mdxComponents" | "reservedIds">;

/**
 * The content model loaded for this site: the components its MDX may use and the ids its own
 * pages own go in as data, and the checks that need the site's pages (every link and anchor in
 * every body) run on the graph that comes out. Every caller loads content through here, or (the
 * editor's preview, which has no disk) through `siteModel` and `withSiteChecks` around
 * `loadListed`.
 */
export async function loadSite(options: SiteLoadOptions): Promise<LoadResult> {
  return withSiteChecks(await loadContent({ ...options, ...siteModel() }));
}

/** What this site tells the content model: the components its MDX may use, the ids it owns. */
export function siteModel(): Pick<LoadOptions, "mdxComponents" | "reservedIds"> {
  return { mdxComponents: MDX_COMPONENT_NAMES, reservedIds: reservedIds() };
}

/** A loaded graph, refused if any link or anchor in its bodies goes nowhere. */
export function withSiteChecks(result: LoadResult): LoadResult {
  if (!result.ok) return result;
  const linkIssues = checkLinks(result.graph);
  return linkIssues.length > 0 ? { ok: false, issues: sortIssues(linkIssues) } : result;
}
