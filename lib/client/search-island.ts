/**
 * Search as you type, on /search only. The page already works without this script (the form is a
 * plain GET and results are rendered on the server); this loads the prebuilt index once and
 * updates the results and the status line, which screen readers announce, as the resident types.
 */
import MiniSearch from "minisearch";
import { INDEX_OPTIONS, MAX_RESULTS, QUERY_OPTIONS, type SearchDocument } from "../search/options";
import { snippet } from "../search/snippet";

const input = document.querySelector<HTMLInputElement>("#search-page-q");
const status = document.querySelector<HTMLElement>("#search-status");
const list = document.querySelector<HTMLOListElement>("#search-results");

// The page gives the index's address, versioned by its content, so a new index is never missed.
const indexUrl = list?.dataset.index;

if (input && status && list && indexUrl) {
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
    const url = query ? `?q=${encodeURIComponent(query)}` : location.pathname;
    history.replaceState(null, "", url);
    if (query === "") return;
    const hits = (await load()).search(query, QUERY_OPTIONS);
    list.replaceChildren(
      ...hits.slice(0, MAX_RESULTS).map((hit) => {
        const item = element("li", "search-result");
        const heading = element("h2", "search-result__title");
        const link = element("a");
        link.setAttribute("href", String(hit.id));
        link.textContent = String(hit.title);
        heading.append(link);
        const meta = element("p", "meta-text");
        meta.textContent = [hit.kind, hit.reference, hit.plan].filter(Boolean).join(" · ");
        const text = element("p", "search-result__snippet");
        for (const part of snippet(String(hit.text), hit.terms)) {
          if (part.match) {
            const mark = element("mark");
            mark.textContent = part.text;
            text.append(mark);
          } else {
            text.append(part.text);
          }
        }
        item.append(heading, meta, text);
        return item;
      }),
    );
    const shown = Math.min(hits.length, MAX_RESULTS);
    status.textContent =
      hits.length === 0
        ? `No results for “${query}”.`
        : `${hits.length} result${hits.length === 1 ? "" : "s"} for “${query}”${hits.length > shown ? `, showing the first ${shown}` : ""}.`;
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void render(), 200);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
