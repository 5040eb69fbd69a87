import MiniSearch from "minisearch";
import type { ContentGraph } from "@/lib/content/graph";
import { INDEX_OPTIONS, type SearchDocument } from "@/lib/search/options";
import { describePage, htmlPages } from "@/lib/site/pages";

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

/**
 * Everything a resident can search for, as plain text: every page whose kind says what search finds
 * of it (lib/site/page-kinds.ts), with its address as its id.
 */
export function searchDocuments(graph: ContentGraph): SearchDocument[] {
  return htmlPages(graph).flatMap((page) => {
    const entry = describePage(page).search;
    if (!entry) return [];
    const { body, text, ...fields } = entry;
    const words = [...text, body?.words].filter(Boolean).join(" ");
    return [{ id: page.path, ...fields, text: words }];
  });
}
