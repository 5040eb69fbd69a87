import type MiniSearch from "minisearch";
import { MAX_RESULTS, QUERY_OPTIONS, type SearchDocument } from "./options";
import { resultOf, type SearchResult } from "./present";

export type { SearchResult };

export function runSearch(
  index: MiniSearch<SearchDocument>,
  query: string,
): { total: number; results: SearchResult[] } {
  const trimmed = query.trim().slice(0, 200);
  if (trimmed === "") return { total: 0, results: [] };
  const hits = index.search(trimmed, QUERY_OPTIONS);
  return {
    total: hits.length,
    results: hits.slice(0, MAX_RESULTS).map(resultOf),
  };
}
