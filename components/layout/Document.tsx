import type { ReactNode } from "react";
import type { PageContext } from "@/components/layout/page-context";
import { absoluteUrl, urls, type AssetFile } from "@/lib/site/urls";
import { LastUpdated } from "./LastUpdated";
import { PhaseBanner } from "./PhaseBanner";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";

export interface PageMeta {
  /**
   * What this one answer is about, where a page answers per request (the words searched for): it
   * follows the kind's title, "Search the plans: flooding". The title itself is the kind's
   * (ctx.title), never the view's, so each page is titled in one place.
   */
  titleQualifier?: string;
  description: string;
  /** Pages that must not be indexed or cited, such as "Page not found". */
  noindex?: boolean;
  /** Where the page is a view of another (an item as it stood on a day), that page's address. */
  canonical?: string;
  /** Small scripts this page needs (copy buttons); content pages need none. */
  scripts?: readonly AssetFile[];
  /** Atom feeds about this page besides the whole site's, e.g. its plan's. */
  feeds?: readonly { title: string; href: string }[];
}

/**
 * The whole HTML document: head, header, main and footer. Every page is wrapped in it. Its address,
 * "last updated" and asset addresses come from the page's context, not from the view.
 */
export function Document({
  ctx,
  meta,
  children,
}: {
  ctx: PageContext;
  meta: PageMeta;
  children: ReactNode;
}) {
  const { site } = ctx.graph;
  // The home page is the site itself: its title is the site's alone.
  const title =
    ctx.path === urls.home()
      ? site.siteTitle
      : meta.titleQualifier
        ? `${ctx.title}: ${meta.titleQualifier}`
        : ctx.title;
  const fullTitle = ctx.path === urls.home() ? title : `${title} – ${site.siteTitle}`;
  const canonical = absoluteUrl(site.siteUrl, meta.canonical ?? ctx.path);
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
        <meta property="og:title" content={title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content="en_GB" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        {[
          { title: `${site.siteTitle}: progress and changes`, href: urls.feed() },
          ...(meta.feeds ?? []),
        ].map((feed) => (
          <link
            key={feed.href}
            rel="alternate"
            type="application/atom+xml"
            title={feed.title}
            href={feed.href}
          />
        ))}
        <link rel="stylesheet" href={ctx.facts.assets["site.css"]} />
        {(meta.scripts ?? []).map((file) => (
          <script key={file} src={ctx.facts.assets[file]} defer />
        ))}
      </head>
      <body>
        <a className="skip-link" href="#main-content">
          Skip to main content
        </a>
        <SiteHeader site={site} />
        <div className="page-width">
          <main id="main-content" tabIndex={-1}>
            <PhaseBanner plan={ctx.plan} />
            {children}
            {/* An item's page says near its top when its own wording changed (ItemLastChanged). */}
            {ctx.files.length > 0 && !ctx.historyOf ? (
              <LastUpdated history={ctx.facts.history} files={ctx.files} />
            ) : null}
          </main>
        </div>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
