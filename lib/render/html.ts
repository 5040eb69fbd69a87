import { createRequire } from "node:module";
import path from "node:path";
import type { ReactElement } from "react";

export type RenderToStaticMarkup = (element: ReactElement) => string;

let installed: RenderToStaticMarkup | undefined;

/**
 * Renders a page to plain HTML with no framework runtime. react-dom/server cannot be imported from
 * app/ code (Next bundles it for the react-server condition), so it is loaded at run time from the
 * installed package. Our components are plain server components: no hooks, no context. The
 * editor's preview, in the browser, passes the renderer it bundles.
 */
export function renderHtml(element: ReactElement, renderer = installedRenderer()): string {
  return `<!doctype html>${renderFragment(element, renderer)}`;
}

/** Plain HTML for part of a document, e.g. a feed entry's summary: every text escaped by React. */
export function renderFragment(element: ReactElement, renderer = installedRenderer()): string {
  return renderer(element);
}

function installedRenderer(): RenderToStaticMarkup {
  installed ??= (
    createRequire(path.join(/*turbopackIgnore: true*/ process.cwd(), "package.json"))(
      "react-dom/server",
    ) as {
      renderToStaticMarkup: RenderToStaticMarkup;
    }
  ).renderToStaticMarkup;
  return installed;
}
