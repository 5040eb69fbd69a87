import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchResults } from "@/components/search/SearchResults";
import { searchStatus, type SearchResult } from "@/lib/search/present";
import { urls } from "@/lib/site/urls";
import type { PageContext } from "@/components/layout/page-context";

/**
 * Search across both plans. The results are rendered on the server, so the page works with
 * JavaScript off; where the script runs, results update as the resident types.
 */
export function SearchPage({
  ctx,
  query,
  total,
  results,
}: {
  ctx: PageContext;
  query: string;
  total: number;
  results: readonly SearchResult[];
}) {
  const { graph } = ctx;
  const status = searchStatus(query, total, results.length);
  return (
    <Document
      ctx={ctx}
      meta={{
        ...(query ? { titleQualifier: query } : {}),
        description: `Search the priorities, objectives and actions of ${graph.site.name}'s plans.`,
        noindex: query !== "",
        scripts: ["search.js"],
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <h1>{ctx.title}</h1>
      <SearchForm
        id="search-page-q"
        query={query}
        label="Search priorities, objectives and actions"
      />
      <p id="search-status" className="search-status" role="status">
        {status}
      </p>
      <SearchResults results={results} indexHref={ctx.facts.assets["search-index.json"]} />
      {total === 0 ? (
        <section aria-labelledby="browse">
          <h2 id="browse">Browse instead</h2>
          <ul className="link-list">
            <li>
              <a href={urls.plans()}>All plans and their priorities</a>
            </li>
            <li>
              <a href={urls.themes()}>Themes across the plans</a>
            </li>
            <li>
              <a href={urls.actions()}>Every delivery-plan action, with filters</a>
            </li>
            <li>
              <a href={urls.services()}>Lead services</a>
            </li>
          </ul>
        </section>
      ) : null}
    </Document>
  );
}
