import { resultMeta, type SearchResult } from "@/lib/search/present";

/**
 * Results with their kind, reference and plan, and a snippet with the matched words marked.
 * `indexHref` tells the search-as-you-type script where the (versioned) index is. The script
 * makes its results from the empty result in the <template>, so the markup is written only here.
 */
export function SearchResults({
  results,
  indexHref,
}: {
  results: readonly SearchResult[];
  indexHref: string;
}) {
  return (
    <>
      <ol className="search-results" id="search-results" data-index={indexHref}>
        {results.map((result) => (
          <SearchResultItem key={result.path} result={result} />
        ))}
      </ol>
      <template id="search-result-template">
        <SearchResultItem result={EMPTY} />
      </template>
    </>
  );
}

const EMPTY: SearchResult = {
  path: "",
  kind: "Page",
  title: "",
  reference: "",
  plan: "",
  snippet: [],
};

function SearchResultItem({ result }: { result: SearchResult }) {
  return (
    <li className="search-result">
      <h2 className="search-result__title">
        <a href={result.path}>{result.title}</a>
      </h2>
      <p className="meta-text">{result === EMPTY ? "" : resultMeta(result)}</p>
      <p className="search-result__snippet">
        {result.snippet.map((part, index) =>
          part.match ? <mark key={index}>{part.text}</mark> : part.text,
        )}
      </p>
    </li>
  );
}
