import { sortIssues, type ContentIssue } from "../content/issues";
import { loadContent, type LoadOptions, type LoadResult } from "../content/load";
import { checkLinks } from "./links";
import { MDX_COMPONENT_NAMES } from "./mdx-names";
import { reservedIds } from "./pages";
import { urls } from "./urls";
import { checkPublished } from "./published-check";

export type SiteLoadOptions = Omit<LoadOptions, "mdxComponents" | "reservedIds">;

/**
 * The content model loaded for this site: the components its MDX may use and the ids its own
 * pages own go in as data, and the checks that need the site's pages (every link and anchor in
 * every body, every published address still answering) run on the graph that comes out. Every
 * caller loads content through here, or (the editor's preview, which has no disk) through
 * `siteModel` and `withSiteChecks` around `loadListed`.
 */
export async function loadSite(options: SiteLoadOptions): Promise<LoadResult> {
  const result = await loadContent({ ...options, ...siteModel() });
  if (!result.ok) return result;
  const published = await checkPublished(
    result.graph,
    options.root,
    options.contentDir ?? "content",
  );
  return refusedFor(result, [...checkLinks(result.graph), ...published]);
}

/** What this site tells the content model: the components its MDX may use, the ids it owns. */
export function siteModel(): Pick<LoadOptions, "mdxComponents" | "reservedIds"> {
  return {
    mdxComponents: MDX_COMPONENT_NAMES,
    reservedIds: {
      ...reservedIds(),
      addressOf: { topLevel: urls.sitePage, inPlan: urls.planEntry },
    },
  };
}

/**
 * A loaded graph, refused if any link or anchor in its bodies goes nowhere. The preview has no
 * list of published addresses to hold it to: that check is the save's and the build's.
 */
export function withSiteChecks(result: LoadResult): LoadResult {
  return result.ok ? refusedFor(result, checkLinks(result.graph)) : result;
}

function refusedFor(result: LoadResult, issues: readonly ContentIssue[]): LoadResult {
  return issues.length > 0 ? { ok: false, issues: sortIssues([...issues]) } : result;
}
