import type { ReactNode } from "react";
import type { Site } from "@/lib/content";
import { assetHref } from "@/lib/render/asset-href";
import { absoluteUrl } from "@/lib/urls";
import { LastUpdated } from "./LastUpdated";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

export interface PageMeta {
  /** The page's own title; the site title is added after it. */
  title: string;
  description: string;
  /** The canonical path of the page, e.g. "/plans/corporate-plan-2018-21". */
  path: string;
  /** Pages that must not be indexed or cited, such as "Page not found". */
  noindex?: boolean;
  /** The content files the page is made from, for "last updated". */
  sources?: readonly string[];
  /** Small scripts this page needs (copy buttons); content pages need none. */
  scripts?: readonly string[];
}

/** The whole HTML document: head, header, main and footer. Every page is wrapped in it. */
export function Document({
  site,
  meta,
  children,
}: {
  site: Site;
  meta: PageMeta;
  children: ReactNode;
}) {
  const fullTitle = meta.path === "/" ? site.siteTitle : `${meta.title} – ${site.siteTitle}`;
  const canonical = absoluteUrl(site.siteUrl, meta.path);
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? (
          <meta name="robots" content="noindex" />
        ) : (
          <link rel="canonical" href={canonical} />
        )}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content={site.siteTitle} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content="en_GB" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href={assetHref("site.css")} />
        {(meta.scripts ?? []).map((src) => (
          <script key={src} src={src} defer />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <SiteHeader site={site} />
        <div className="page-width">
          <main id="main-content" tabIndex={-1}>
            {children}
            {meta.sources ? <LastUpdated files={meta.sources} /> : null}
          </main>
        </div>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
