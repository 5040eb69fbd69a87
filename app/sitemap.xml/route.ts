import { getContent } from "@/lib/content";
import { textResponse } from "@/lib/render/respond";
import { sitemapPaths } from "@/lib/site/pages";
import { absoluteUrl } from "@/lib/urls";

export const dynamic = "force-static";

export async function GET() {
  const graph = await getContent();
  const entries = sitemapPaths(graph)
    .map((path) => `  <url><loc>${escapeXml(absoluteUrl(graph.site.siteUrl, path))}</loc></url>`)
    .join("\n");
  return textResponse(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`,
    "application/xml; charset=utf-8",
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
