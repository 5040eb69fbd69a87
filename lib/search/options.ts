import type { Options, SearchOptions } from "minisearch";

/** What a search result calls a page's kind. */
export type SearchKind = "Priority" | "Objective" | "Action" | "Page" | "Theme";

/** One searchable item: a priority, objective, action or page. */
export interface SearchDocument {
  /** The item's address, which is also its id in the index. */
  id: string;
  kind: SearchKind;
  title: string;
  reference: string;
  plan: string;
  text: string;
}

/**
 * How the index is built and queried, shared by the build step, the server-rendered /search page
 * and the search script, so all three agree. Fuzzy matching forgives a typo or two.
 */
export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ["title", "reference", "text", "plan"],
  storeFields: ["kind", "title", "reference", "plan", "text"],
};

export const QUERY_OPTIONS: SearchOptions = {
  boost: { reference: 4, title: 2 },
  fuzzy: (term) => (term.length > 4 ? 0.2 : false),
  prefix: (term) => term.length > 2,
  combineWith: "AND",
};

export const MAX_RESULTS = 50;
