import { absoluteUrl, urls } from "./urls";
import type { SiteIndex } from "./page-kind";

/** The sitemap: every page of the site, for search engines. */
export function sitemapXml({ graph, sitemapPaths }: SiteIndex): string {
  const entries = sitemapPaths
    .map((path) => `  <url><loc>${escapeXml(absoluteUrl(graph.site.siteUrl, path))}</loc></url>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function robotsTxt({ graph }: SiteIndex): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(graph.site.siteUrl, urls.sitemap())}\n`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
