import type { ContentGraph } from "../content/graph";
import type { ContentIssue } from "../content/issues";
import { itemsOfPlan } from "../content/progress";
import { didYouMean } from "../content/nearest";
import { describePage, isHtmlPage, pageOfFile, sitemapPaths, type SitePage } from "./pages";
import { resolvePath } from "./resolve";
import { anchorsOfSections } from "./sections";

const EXTERNAL = /^(https?:\/\/|mailto:)/i;

/**
 * Every link written in an MDX body goes somewhere: an internal link to a page (and anchor) that
 * exists, or an http(s) or mailto address. External sites are not fetched.
 */
export function checkLinks(graph: ContentGraph): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const pageByFile = pageOfFile(graph);
  const allPaths = sitemapPaths(graph);
  for (const { file, links } of bodiesOf(graph)) {
    for (const link of links) {
      const place = { file, line: link.line, column: link.column };
      const url = link.url.trim();
      if (EXTERNAL.test(url)) continue;
      if (!url.startsWith("/") && !url.startsWith("#")) {
        issues.push({
          ...place,
          message: `The link "${url}" is not an address this site can check.`,
          expected:
            "a page of this site starting with / (e.g. /plans/…), or an https:// or mailto: address",
          found: url,
          hint: "Write internal links from the site's root, e.g. /plans/corporate-plan-2018-21.",
        });
        continue;
      }
      const [pathPart = "", anchor] = url.split("#", 2);
      const target = pathPart === "" ? pageByFile.get(file) : followRedirect(graph, pathPart);
      if (!target) {
        issues.push({
          ...place,
          message: `The link "${url}" goes to a page that does not exist.`,
          expected: "the address of a page of this site",
          found: pathPart || url,
          hint: didYouMean(pathPart, allPaths),
        });
        continue;
      }
      if (anchor !== undefined && anchor !== "") {
        const anchors = anchorsOf(target);
        if (!anchors.has(anchor)) {
          issues.push({
            ...place,
            message: `The link "${url}" goes to a part of ${target.path} that does not exist.`,
            expected: `an anchor on that page`,
            found: `#${anchor}`,
            hint: didYouMean(anchor, anchors),
          });
        }
      }
    }
  }
  return issues;
}

function followRedirect(graph: ContentGraph, path: string): SitePage | undefined {
  const first = resolvePath(graph, path);
  if (first.type === "page") return first.page;
  if (first.type === "redirect") {
    const [targetPath = ""] = first.location.split("#");
    const second = resolvePath(graph, targetPath);
    if (second.type === "page") return second.page;
  }
  return undefined;
}

function bodiesOf(graph: ContentGraph) {
  return [...entryBodies(graph), ...updateSummaries(graph)];
}

/** Progress summaries are Markdown too: their links are checked at the update's line. */
function updateSummaries(graph: ContentGraph) {
  return graph.plans.flatMap(itemsOfPlan).flatMap((item) =>
    item.updates.map((update) => ({
      file: item.priority.file,
      links: update.summary.links.map((link) => ({ ...link, line: update.line + link.line - 1 })),
    })),
  );
}

function entryBodies(graph: ContentGraph) {
  return [
    graph.site,
    ...graph.themes,
    ...graph.services,
    ...graph.sitePages,
    ...graph.plans.flatMap((plan) => [
      plan,
      ...plan.planThemes,
      ...plan.priorities,
      ...plan.pages,
      ...plan.figures,
    ]),
  ].map((entry) => ({ file: entry.file, links: entry.body.links }));
}

/** Every id on a page that a link may point at: what its declared sections render. */
export function anchorsOf(page: SitePage): Set<string> {
  return anchorsOfSections(isHtmlPage(page) ? describePage(page).sections : []);
}
