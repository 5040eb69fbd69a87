import type { Figure, Plan, PlanTheme } from "../graph";
import type { ContentIssue } from "../issues";
import type { ParsedEntry } from "../parse-entry";
import { at, byOrder, entriesOf, sourceOf, type Pass } from "./context";
import { uniqueById } from "./ids";

/**
 * The plans, each with its own themes and figures (the entries in its folder that need no other),
 * and every entry in each plan's folder, for the passes after this one.
 */
export function plansPass(
  entries: readonly ParsedEntry[],
): Pass<{ plans: Plan[]; inPlan: Map<Plan, ParsedEntry[]> }> {
  const planEntries = uniqueById(entriesOf(entries, "plan"), "plan");
  const issues: ContentIssue[] = [...planEntries.issues];
  const plans: Plan[] = [];
  for (const [id, entry] of planEntries.value) {
    if (entry.planFolder !== id) {
      issues.push({
        ...at(entry, ["id"]),
        message: "A plan's id must be the name of its folder.",
        expected: entry.planFolder,
        found: id,
        hint: `Rename the folder content/plans/${entry.planFolder} to ${id}, or change the id.`,
      });
      continue;
    }
    plans.push({
      ...entry.data,
      formerIds: entry.data.formerIds ?? [],
      ...sourceOf(entry),
      planThemes: [],
      priorities: [],
      pages: [],
      figures: [],
    });
  }
  plans.sort(byOrder);
  const byFolder = groupByPlan(entries, plans, new Set(planEntries.value.keys()));
  issues.push(...byFolder.issues);
  for (const [plan, list] of byFolder.value) {
    const themes = uniqueById(entriesOf(list, "planTheme"), `theme of ${plan.id}`);
    const figures = uniqueById(entriesOf(list, "figure"), `figure of ${plan.id}`);
    issues.push(...themes.issues, ...figures.issues);
    for (const entry of themes.value.values()) {
      plan.planThemes.push({
        ...entry.data,
        ...sourceOf(entry),
        plan,
        priorities: [],
      } satisfies PlanTheme);
    }
    plan.planThemes.sort(byOrder);
    for (const entry of figures.value.values()) {
      plan.figures.push({ ...entry.data, ...sourceOf(entry), plan } satisfies Figure);
    }
  }
  return { value: { plans, inPlan: byFolder.value }, issues };
}

/**
 * The entries inside each plan's folder, by plan. An entry in a folder without a plan.mdx is
 * reported (one whose plan exists but was refused has been reported already).
 */
export function groupByPlan(
  entries: readonly ParsedEntry[],
  plans: readonly Plan[],
  planIdsWritten: ReadonlySet<string>,
): Pass<Map<Plan, ParsedEntry[]>> {
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const grouped = new Map<Plan, ParsedEntry[]>(plans.map((plan) => [plan, []]));
  const issues: ContentIssue[] = [];
  for (const entry of entries) {
    if (entry.kind === "plan" || entry.planFolder === undefined) continue;
    const plan = byId.get(entry.planFolder);
    if (plan) grouped.get(plan)!.push(entry);
    else if (!planIdsWritten.has(entry.planFolder)) {
      issues.push({
        file: entry.file,
        line: 1,
        column: 1,
        message: `The folder content/plans/${entry.planFolder}/ has no plan.mdx.`,
        expected: `content/plans/${entry.planFolder}/plan.mdx`,
        found: "no plan file",
        hint: "Add the plan's plan.mdx, or move this file into an existing plan's folder.",
      });
    }
  }
  return { value: grouped, issues };
}
