import type { SearchResult } from "@/lib/search/search";

/**
 * Results with their kind, reference and plan, and a snippet with the matched words marked.
 * `indexHref` tells the search-as-you-type script where the (versioned) index is.
 */
export function SearchResults({
  results,
  indexHref,
}: {
  results: readonly SearchResult[];
  indexHref: string;
}) {
  return (
    <ol className="search-results" id="search-results" data-index={indexHref}>
      {results.map((result) => (
        <li key={result.path} className="search-result">
          <h2 className="search-result__title">
            <a href={result.path}>{result.title}</a>
          </h2>
          <p className="meta-text">
            {[result.kind, result.reference, result.plan].filter(Boolean).join(" · ")}
          </p>
          <p className="search-result__snippet">
            {result.snippet.map((part, index) =>
              part.match ? <mark key={index}>{part.text}</mark> : part.text,
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
