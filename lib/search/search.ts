import MiniSearch from "minisearch";
import type { ContentGraph } from "../content/graph";
import { searchDocuments } from "./documents";
import { INDEX_OPTIONS, MAX_RESULTS, QUERY_OPTIONS, type SearchDocument } from "./options";
import { resultOf, type SearchResult } from "./present";

export type { SearchResult };

const indexes = new WeakMap<ContentGraph, MiniSearch<SearchDocument>>();

/** The search index of a content graph, built once. */
export function searchIndex(graph: ContentGraph): MiniSearch<SearchDocument> {
  let index = indexes.get(graph);
  if (!index) {
    index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    index.addAll(searchDocuments(graph));
    indexes.set(graph, index);
  }
  return index;
}

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
