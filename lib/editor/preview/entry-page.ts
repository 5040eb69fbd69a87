import type { ContentGraph, Figure, Plan } from "@/lib/content/graph";
import { classify } from "@/lib/content/kinds";
import { htmlPages, pageOfFile, type HtmlPage } from "@/lib/site/pages";
import { urls, withAnchor } from "@/lib/site/urls";
import type { ItemInForm } from "./item-in-form";

/** The page the preview shows for an entry, where on it to look, and the item's own page. */
export interface EntryPage {
  page: HtmlPage;
  /** The id of the part of the page the entry (or the item being edited) is shown in. */
  anchor?: string;
  /** An objective's or action's own page, when one is being edited. */
  itemPath?: string;
  itemLabel?: string;
}

/**
 * The page residents read an entry on: its own page where it has one (the site, a plan, a
 * priority, a chapter, a service, a theme, a site page); a plan theme on its plan's page, at its
 * heading; a figure on the first page that shows it; a status on the first plan's progress page,
 * whose tables count items by status. Undefined when the graph has no page for it (a draft, when
 * drafts are not shown).
 */
export function entryPage(
  graph: ContentGraph,
  file: string,
  contentDir: string,
  item?: ItemInForm,
): EntryPage | undefined {
  const pages = pageOfFile(graph);
  const own = pages.get(file);
  if (own) return own.kind === "priority" && item ? withItem(own, item) : { page: own };
  const kind = classify(file.slice(contentDir.length + 1))?.kind;
  if (kind === "planTheme") {
    for (const plan of graph.plans) {
      const theme = plan.planThemes.find((each) => each.file === file);
      const page = pages.get(plan.file);
      if (theme && page) return { page, anchor: urls.planThemeAnchor(theme.id) };
    }
  }
  if (kind === "figure") {
    for (const plan of graph.plans) {
      const figure = plan.figures.find((each) => each.file === file);
      const page = figure && pageShowing(graph, plan, figure);
      if (page && figure) return { page, anchor: `figure-${figure.id}` };
    }
  }
  if (kind === "status") {
    const [first] = graph.plans;
    const page = htmlPages(graph).find(
      (each) => each.kind === "planProgress" && each.params.plan === first,
    );
    if (page) return { page };
  }
  return undefined;
}

/** A priority's page at the objective or action being edited, with that item's own page. */
function withItem(page: Extract<HtmlPage, { kind: "priority" }>, item: ItemInForm): EntryPage {
  const { priority } = page.params;
  const items: readonly { number: number; reference: string }[] =
    item.list === "actions" ? priority.actions : priority.objectives;
  const found = items.find((each) => each.number === item.number);
  if (!found) return { page };
  if (item.list === "actions") {
    return {
      page,
      anchor: urls.actionAnchor(found.number),
      itemPath: urls.action(priority.plan.id, priority.id, found.number),
      itemLabel: `action ${found.reference}`,
    };
  }
  return {
    page,
    anchor: urls.objectiveAnchor(found.number),
    itemPath: urls.objective(priority.plan.id, priority.id, found.number),
    itemLabel: `objective ${found.reference}`,
  };
}

/** The first page of a plan whose body has <Figure id> of this figure: the plan's, a priority's, a chapter's. */
function pageShowing(graph: ContentGraph, plan: Plan, figure: Figure): HtmlPage | undefined {
  const pages = pageOfFile(graph);
  const bodies = [plan, ...plan.planThemes, ...plan.priorities, ...plan.pages];
  for (const entry of bodies) {
    if (!entry.body.figures.some((use) => use.id === figure.id)) continue;
    // A plan theme's body is shown on its plan's page.
    const page = pages.get(entry.file) ?? pages.get(plan.file);
    if (page) return page;
  }
  return undefined;
}

/** The address to open on the site, with the anchor. */
export function addressOf(target: EntryPage): string {
  return withAnchor(target.page.path, target.anchor);
}
