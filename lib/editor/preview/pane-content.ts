import type { ContentIssue } from "@/lib/content/issues";
import { renderHtml, type RenderToStaticMarkup } from "@/lib/render/html";
import { renderView } from "@/lib/render/respond";
import type { BuildFacts } from "@/lib/site/build-facts";
import { entryPage, type EntryPage } from "./entry-page";
import type { ItemInForm } from "./item-in-form";
import type { EditedFile, PreviewLoad } from "./model";

/** The page as the build would render it, with where to look on it. */
export interface PanePage {
  type: "page";
  html: string;
  target: EntryPage;
  siteUrl: string;
}

/** What the preview pane shows for one version of the form. */
export type PaneContent =
  | PanePage
  /** The content is valid but has no page for this entry (a draft, when drafts are hidden). */
  | { type: "no-page"; siteUrl: string }
  /**
   * What the content check would refuse, in its own words, and the entry's page as it is saved,
   * to show under them when the form has not made a page yet.
   */
  | { type: "problems"; issues: readonly ContentIssue[]; saved?: PanePage };

export interface PaneRequest {
  edited: EditedFile;
  contentDir: string;
  /** The objective or action being edited, if any. */
  item?: ItemInForm;
  facts: BuildFacts;
  renderer: RenderToStaticMarkup;
}

/**
 * Loads the content with the edited file in its place and renders the entry's page with the site's
 * own views, exactly as a build of the same files would (`renderView`, `renderHtml`).
 */
export async function paneContent(load: PreviewLoad, request: PaneRequest): Promise<PaneContent> {
  const result = await load(request.edited, request.facts.today);
  if (!result.ok) return { type: "problems", issues: result.issues };
  const { graph } = result;
  const siteUrl = graph.site.siteUrl;
  const target = entryPage(graph, request.edited.file, request.contentDir, request.item);
  if (!target) return { type: "no-page", siteUrl };
  const element = renderView(graph, target.page, new URLSearchParams(), request.facts);
  return { type: "page", html: renderHtml(element, request.renderer), target, siteUrl };
}
