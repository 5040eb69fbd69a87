import type { ReactElement } from "react";
import { ContentProblemsPage } from "@/components/pages/ContentProblemsPage";
import { NOT_FOUND_TITLE, NotFoundPage } from "@/components/pages/NotFoundPage";
import type { PageContext, View } from "@/components/layout/page-context";
import { PAGE_VIEWS } from "@/components/pages/views";
import type { ContentGraph } from "@/lib/content";
import { ContentError } from "@/lib/content/issues";
import { isPreview } from "@/lib/site/preview";
import { getBuildFacts, type BuildFacts } from "@/lib/site/build-facts";
import { getContent } from "@/lib/site/content";
import type { DataKind, SiteIndex } from "@/lib/site/page-kind";
import {
  describePage,
  isHtmlPage,
  kindOf,
  pageOfFile,
  sitemapPaths,
  type HtmlPage,
} from "@/lib/site/pages";
import { resolvePath } from "@/lib/site/resolve";
import { assetHref } from "@/lib/site/asset-href";
import { FEED_HTML } from "./feed-summary";
import { renderHtml } from "./html";

const HTML = "text/html; charset=utf-8";

/**
 * Answers any address of the site from the page kinds' declarations: a page or file, a permanent
 * redirect or our own 404 page. `query` is read only by pages rendered per request.
 */
export async function respondTo(
  path: string,
  query: URLSearchParams = new URLSearchParams(),
): Promise<Response> {
  const graph = await getContent().catch(previewProblems);
  if (graph instanceof Response) return graph;
  const resolution = resolvePath(graph, path);
  switch (resolution.type) {
    case "redirect":
      return new Response(null, { status: 308, headers: { location: resolution.location } });
    case "notFound":
      return html(
        renderHtml(
          <NotFoundPage
            ctx={contextFor(graph, "/", query, NOT_FOUND_TITLE)}
            suggestions={resolution.suggestions}
            message={resolution.message}
          />,
        ),
        404,
      );
    case "page": {
      const { page } = resolution;
      if (isHtmlPage(page)) return html(renderHtml(renderView(graph, page, query)), 200);
      const kind = kindOf(page.kind) as DataKind<unknown>;
      const body = kind.render(siteIndex(graph), page.params);
      return new Response(body, {
        headers: { "content-type": kind.contentType, ...kind.headers },
      });
    }
  }
}

/**
 * In the local preview, a content problem is answered on every page with the problems (status 500,
 * never stored), not the framework's error screen. A build fails instead.
 */
function previewProblems(error: unknown): Response {
  if (!isPreview || !(error instanceof ContentError)) throw error;
  const page = <ContentProblemsPage issues={error.issues} stylesheet={assetHref("site.css")} />;
  const response = html(renderHtml(page), 500);
  response.headers.set("cache-control", "no-store");
  return response;
}

/** A page's view, given what its kind declares about it. */
export function renderView(
  graph: ContentGraph,
  page: HtmlPage,
  query: URLSearchParams = new URLSearchParams(),
  facts: BuildFacts = getBuildFacts(),
): ReactElement {
  const { title, files, sections, plan, historyOf } = describePage(page);
  const ctx: PageContext = {
    graph,
    facts,
    path: page.path,
    title,
    files,
    sections,
    query,
    plan,
    historyOf,
    preview: isPreview,
  };
  // Sound: PAGE_VIEWS holds for each kind the view of exactly that kind's parameters.
  const view = PAGE_VIEWS[page.kind] as View<HtmlPage["kind"]>;
  return view({ ctx, params: page.params } as Parameters<typeof view>[0]);
}

const indexes = new WeakMap<ContentGraph, SiteIndex>();

/**
 * What the data kinds' renderers read: the graph, the sitemap, the build's facts, pages by file.
 * Made once per graph and facts: it reads every page, and there is a data file (a feed) per item.
 */
export function siteIndex(graph: ContentGraph, facts: BuildFacts = getBuildFacts()): SiteIndex {
  const known = indexes.get(graph);
  if (known?.facts === facts) return known;
  const index = makeSiteIndex(graph, facts);
  indexes.set(graph, index);
  return index;
}

function makeSiteIndex(graph: ContentGraph, facts: BuildFacts): SiteIndex {
  const pages = new Map(
    [...pageOfFile(graph)].map(([file, page]) => [
      file,
      { path: page.path, title: describePage(page).title },
    ]),
  );
  return {
    graph,
    sitemapPaths: sitemapPaths(graph),
    facts,
    pageOfFile: pages,
    feedHtml: FEED_HTML,
  };
}

function contextFor(
  graph: ContentGraph,
  path: string,
  query: URLSearchParams,
  title: string,
): PageContext {
  return {
    graph,
    facts: getBuildFacts(),
    path,
    title,
    files: [],
    sections: [],
    query,
    plan: null,
    preview: isPreview,
  };
}

/** The path a route handler was asked for, rebuilt from its decoded segments. */
export function pathFromSegments(segments: readonly string[] = []): string {
  return `/${segments.map((segment) => encodeURIComponent(segment)).join("/")}`;
}

function html(body: string, status: number): Response {
  return new Response(body, { status, headers: { "content-type": HTML } });
}
