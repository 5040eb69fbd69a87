import { getContent } from "@/lib/content";
import { textResponse } from "@/lib/render/respond";
import { absoluteUrl, urls } from "@/lib/urls";

export const dynamic = "force-static";

export async function GET() {
  const graph = await getContent();
  return textResponse(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(graph.site.siteUrl, urls.sitemap())}\n`,
    "text/plain; charset=utf-8",
  );
}
