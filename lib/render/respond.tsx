import type { ReactElement } from "react";
import { NotFoundPage } from "@/components/pages/NotFoundPage";
import { getContent } from "@/lib/content";
import { renderHtml } from "./html";

const HTML = "text/html; charset=utf-8";

export function pageResponse(element: ReactElement, status = 200): Response {
  return new Response(renderHtml(element), { status, headers: { "content-type": HTML } });
}

/** Our own "Page not found", answered with status 404, for every address the site does not have. */
export async function notFoundResponse(): Promise<Response> {
  const graph = await getContent();
  return pageResponse(<NotFoundPage site={graph.site} />, 404);
}

export function textResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { "content-type": contentType } });
}
