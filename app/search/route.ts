import type { NextRequest } from "next/server";
import { SearchPage } from "@/components/pages/SearchPage";
import { getContent } from "@/lib/content";
import { renderHtml } from "@/lib/render/html";
import { runSearch, searchIndex } from "@/lib/search/search";
import { createElement } from "react";

// The query string decides the page, so it is rendered per request (in a few milliseconds).
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const query = (request.nextUrl.searchParams.get("q") ?? "").slice(0, 200);
  const graph = await getContent();
  const { total, results } = runSearch(searchIndex(graph), query);
  const html = renderHtml(createElement(SearchPage, { graph, query, total, results }));
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "public, max-age=300",
    },
  });
}
