import type { Plan, Priority } from "../graph";
import type { ContentIssue } from "../issues";
import { didYouMean } from "../nearest";
import type { ParsedEntry } from "../parse-entry";
import { at } from "./context";

export interface RelatedByHand {
  priority: Priority;
  entry: ParsedEntry;
  ids: readonly string[];
}

/**
 * Each priority's related priorities in other plans: those written by hand ('<plan>/<priority>'),
 * else the ones sharing most cross-plan themes. Sets `relatedPriorities` on every priority.
 */
export function relatedPrioritiesPass(
  plans: readonly Plan[],
  byHand: readonly RelatedByHand[],
): ContentIssue[] {
  const byPath = new Map<string, Priority>(
    plans.flatMap((plan) => plan.priorities.map((p) => [`${plan.id}/${p.id}`, p] as const)),
  );
  const manual = new Map(byHand.map((item) => [item.priority, item]));
  const issues: ContentIssue[] = [];
  for (const priority of plans.flatMap((plan) => plan.priorities)) {
    const written = manual.get(priority);
    if (!written) {
      priority.relatedPriorities = relatedByTheme(priority, plans);
      continue;
    }
    priority.relatedPriorities = written.ids.flatMap((id, index) => {
      const target = byPath.get(id);
      if (target) return [target];
      issues.push({
        ...at(written.entry, ["relatedPriorities", index]),
        message: `There is no priority '${id}'.`,
        expected: "'<plan id>/<priority id>' of an existing priority",
        found: id,
        hint: didYouMean(id, byPath.keys()),
      });
      return [];
    });
  }
  return issues;
}

function relatedByTheme(priority: Priority, plans: readonly Plan[]): Priority[] {
  const mine = new Set(priority.themes);
  return plans
    .filter((plan) => plan !== priority.plan)
    .flatMap((plan) => plan.priorities)
    .map((other) => ({ other, shared: other.themes.filter((theme) => mine.has(theme)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.other.number - b.other.number)
    .slice(0, 3)
    .map(({ other }) => other);
}
