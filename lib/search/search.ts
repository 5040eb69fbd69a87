import MiniSearch from "minisearch";
import type { ContentGraph } from "../content/graph";
import { searchDocuments } from "./documents";
import { INDEX_OPTIONS, MAX_RESULTS, QUERY_OPTIONS, type SearchDocument } from "./options";
import { snippet, type SnippetPart } from "./snippet";

export interface SearchResult {
  path: string;
  kind: SearchDocument["kind"];
  title: string;
  reference: string;
  plan: string;
  snippet: SnippetPart[];
}

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
    results: hits.slice(0, MAX_RESULTS).map((hit) => ({
      path: hit.id as string,
      kind: hit.kind as SearchDocument["kind"],
      title: hit.title as string,
      reference: hit.reference as string,
      plan: hit.plan as string,
      snippet: snippet(hit.text as string, hit.terms),
    })),
  };
}
