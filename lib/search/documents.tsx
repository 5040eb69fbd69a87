import { Mdx } from "@/components/content/Mdx";
import type { ContentGraph } from "../content/graph";
import { renderHtml } from "../render/html";
import { describePage, htmlPages } from "../site/pages";
import type { SearchDocument } from "./options";

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
  return renderHtml(<Mdx body={body} />)
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
