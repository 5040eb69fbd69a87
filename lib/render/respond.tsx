import { NotFoundPage } from "@/components/pages/NotFoundPage";
import { renderPage } from "@/components/pages/renderPage";
import { getContent } from "@/lib/content";
import { resolvePath } from "@/lib/site/resolve";
import { renderHtml } from "./html";

const HTML = "text/html; charset=utf-8";

/** Answers any address of the site: a page, a permanent redirect or our own 404 page. */
export async function respondTo(path: string): Promise<Response> {
  const graph = await getContent();
  const resolution = resolvePath(graph, path);
  switch (resolution.type) {
    case "page":
      return html(renderHtml(renderPage(graph, resolution.page.spec)), 200);
    case "redirect":
      return new Response(null, { status: 308, headers: { location: resolution.location } });
    case "notFound":
      return html(
        renderHtml(<NotFoundPage site={graph.site} suggestions={resolution.suggestions} />),
        404,
      );
  }
}

/** The path a route handler was asked for, rebuilt from its decoded segments. */
export function pathFromSegments(segments: readonly string[] = []): string {
  return `/${segments.map((segment) => encodeURIComponent(segment)).join("/")}`;
}

export function textResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { "content-type": contentType } });
}

function html(body: string, status: number): Response {
  return new Response(body, { status, headers: { "content-type": HTML } });
}
