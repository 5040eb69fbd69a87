/**
 * Search as you type, on /search only. The page already works without this script (the form is a
 * plain GET and results are rendered on the server); this loads the prebuilt index once and
 * updates the results and the status line, which screen readers announce, as the resident types.
 * Results are filled into the server's own result markup (a <template>), and the status line and
 * the results are made by the same functions as on the server (lib/search/present.ts).
 */
import MiniSearch from "minisearch";
import { INDEX_OPTIONS, MAX_RESULTS, QUERY_OPTIONS, type SearchDocument } from "../search/options";
import { resultMeta, resultOf, searchStatus, type SearchResult } from "../search/present";

const input = document.querySelector<HTMLInputElement>("#search-page-q");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");
const template = document.querySelector<HTMLTemplateElement>("#search-result-template");

// The page gives the index's address, versioned by its content, so a new index is never missed.
const indexUrl = list?.dataset.index;

if (input && status && list && template && indexUrl) {
  let index: MiniSearch<SearchDocument> | undefined;
  let timer: number | undefined;

  const load = async () => {
    index ??= MiniSearch.loadJSON<SearchDocument>(
      await (await fetch(indexUrl)).text(),
      INDEX_OPTIONS,
    );
    return index;
  };

  const render = async () => {
    const query = input.value.trim().slice(0, 200);
    history.replaceState(null, "", query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    // An empty box clears what the last query found.
    const hits = query === "" ? [] : (await load()).search(query, QUERY_OPTIONS);
    const results = hits.slice(0, MAX_RESULTS).map(resultOf);
    list.replaceChildren(...results.map((result) => item(template, result)));
    status.textContent = searchStatus(query, hits.length, results.length);
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void render(), 200);
  });
}

function item(template: HTMLTemplateElement, result: SearchResult): Node {
  const node = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  const link = node.querySelector("a")!;
  link.setAttribute("href", result.path);
  link.textContent = result.title;
  node.querySelector(".meta-text")!.textContent = resultMeta(result);
  const text = node.querySelector(".search-result__snippet")!;
  for (const part of result.snippet) {
    if (!part.match) {
      text.append(part.text);
      continue;
    }
    const mark = document.createElement("mark");
    mark.textContent = part.text;
    text.append(mark);
  }
  return node;
}
