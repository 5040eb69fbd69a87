import { pathFromSegments, respondTo } from "@/lib/render/respond";
import { isPreview } from "@/lib/site/preview";
import { getContent } from "@/lib/site/content";
import { prerenderedPaths } from "@/lib/site/resolve";

// Every prerendered address but the home page comes here: every page, file and redirect the page
// kinds declare (lib/site/page-kinds.ts) is prerendered at build time, but for the pages their kind
// declares per request (each has a route of its own, with dynamic = "force-dynamic"). Any other
// address reaches GET and gets our own 404 page (with dynamicParams = false, the framework would
// answer with its own page and its client runtime).
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  // The preview renders every address when asked (dynamicParams), reading the content as it is
  // then: listing them first would load it twice, and a content problem would fail here instead
  // of being shown on the page (lib/render/respond.tsx).
  if (isPreview) return [];
  const graph = await getContent();
  return prerenderedPaths(graph)
    .filter((path) => path !== "/")
    .map((path) => ({ path: path.slice(1).split("/").map(decodeURIComponent) }));
}

export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }) {
  const { path } = await context.params;
  return respondTo(pathFromSegments(path));
}
