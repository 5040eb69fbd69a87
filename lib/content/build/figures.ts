import type { Plan, Service, Site, SitePage, Theme } from "../graph";
import type { ContentIssue } from "../issues";
import { didYouMean } from "../nearest";

/** Every <Figure id> in a plan's bodies names one of that plan's figures, and none is elsewhere. */
export function figureUsesPass(
  plans: readonly Plan[],
  elsewhere: readonly (Theme | Service | SitePage | Site)[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const plan of plans) {
    const figureIds = new Set(plan.figures.map((figure) => figure.id));
    for (const { file, body } of [plan, ...plan.planThemes, ...plan.priorities, ...plan.pages]) {
      for (const use of body.figures) {
        if (figureIds.has(use.id)) continue;
        issues.push({
          file,
          line: use.line,
          column: use.column,
          message: use.id
            ? `The plan ${plan.id} has no figure '${use.id}'.`
            : "<Figure> needs an id.",
          expected: `the id of a file in content/plans/${plan.id}/figures/`,
          found: use.id || "no id",
          hint: didYouMean(use.id, figureIds),
        });
      }
    }
  }
  for (const entry of elsewhere) {
    for (const use of entry.body.figures) {
      issues.push({
        file: entry.file,
        line: use.line,
        column: use.column,
        message: "Figures can only be shown on the pages of the plan they belong to.",
        expected: "a <Figure> in a plan, plan theme, priority or plan page",
        found: `<Figure id="${use.id}" />`,
        hint: "Move the figure into the plan's pages.",
      });
    }
  }
  return issues;
}
