import MiniSearch from "minisearch";
import { Mdx } from "@/components/content/Mdx";
import type { ContentGraph } from "@/lib/content/graph";
import { INDEX_OPTIONS, type SearchDocument } from "@/lib/search/options";
import { describePage, htmlPages } from "@/lib/site/pages";
import { isPreview } from "@/lib/site/preview";
import { renderHtml } from "./html";

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
    const words = [...text, body && plainText(body)].filter(Boolean).join(" ");
    return [{ id: page.path, ...fields, text: words }];
  });
}

function plainText(body: Parameters<typeof Mdx>[0]["body"]): string {
  if (body.code === "") return "";
  return renderHtml(<Mdx body={body} preview={isPreview} />)
    .replace(/^<!doctype html>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
