import { getContent } from "@/lib/content";
import { pathFromSegments, respondTo } from "@/lib/render/respond";
import { knownPaths } from "@/lib/site/resolve";

// Every address but the home page, the sitemap and robots.txt comes here. Every page and redirect
// is prerendered at build time; any other address reaches GET and gets our own 404 page (with
// dynamicParams = false, the framework would answer with its own page and its client runtime).
export const dynamic = "force-static";
export const dynamicParams = true;

export async function generateStaticParams() {
  const graph = await getContent();
  return knownPaths(graph).map((path) => ({
    path: path.slice(1).split("/").map(decodeURIComponent),
  }));
}

export async function GET(_request: Request, context: { params: Promise<{ path: string[] }> }) {
  const { path } = await context.params;
  return respondTo(pathFromSegments(path));
}
