import type { SearchDocument } from "./options";
import { snippet, type SnippetPart } from "./snippet";

/** One result as the page shows it, made the same way on the server and by the search script. */
export interface SearchResult {
  path: string;
  kind: SearchDocument["kind"];
  title: string;
  reference: string;
  plan: string;
  snippet: SnippetPart[];
}

/** What MiniSearch answers for a hit: the stored fields and the terms that matched. */
export interface SearchHit {
  id: unknown;
  terms: string[];
  [field: string]: unknown;
}

export function resultOf(hit: SearchHit): SearchResult {
  return {
    path: String(hit.id),
    kind: hit.kind as SearchDocument["kind"],
    title: String(hit.title),
    reference: String(hit.reference ?? ""),
    plan: String(hit.plan ?? ""),
    snippet: snippet(String(hit.text), hit.terms),
  };
}

/** "Action · CP18-2.16 · Corporate Plan 2018-21". */
export function resultMeta(result: SearchResult): string {
  return [result.kind, result.reference, result.plan].filter(Boolean).join(" · ");
}

/** The status line under the search box, which screen readers announce as it changes. */
export function searchStatus(query: string, total: number, shown: number): string {
  if (query === "") return "Type a word or a reference, such as broadband or CP18-2.16.";
  if (total === 0) return `No results for “${query}”.`;
  const more = total > shown ? `, showing the first ${shown}` : "";
  return `${total} result${total === 1 ? "" : "s"} for “${query}”${more}.`;
}
