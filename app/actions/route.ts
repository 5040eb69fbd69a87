import type { NextRequest } from "next/server";
import { createElement } from "react";
import { ActionsExplorerPage } from "@/components/pages/ActionsExplorerPage";
import { getContent } from "@/lib/content";
import { renderHtml } from "@/lib/render/html";
import { filterActions, parseFilters } from "@/lib/site/action-filters";

// The filters are in the query string, so the page is rendered per request (in milliseconds).
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const graph = await getContent();
  const filters = parseFilters(request.nextUrl.searchParams, graph);
  const actions = filterActions(graph, filters);
  const total = filterActions(graph, {}).length;
  const html = renderHtml(createElement(ActionsExplorerPage, { graph, filters, actions, total }));
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "public, max-age=300",
    },
  });
}
