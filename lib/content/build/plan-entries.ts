import type { Plan, PlanPage } from "../graph";
import type { ContentIssue } from "../issues";
import type { ParsedEntry } from "../parse-entry";
import {
  at,
  byOrder,
  entriesOf,
  formerIdsOf,
  isPublished,
  sourceOf,
  type EntryOf,
  type Pass,
} from "./context";
import { uniqueById, withoutReserved } from "./ids";

/**
 * A plan's priorities and chapters share its address space (/plans/<plan>/<id>): ids unique
 * across both, none an address the site owns in a plan (e.g. print), no former id that is another
 * entry's id. Chapters go into the plan; the priorities that pass are answered for the next pass.
 */
export function planEntriesPass(
  plan: Plan,
  entries: readonly ParsedEntry[],
  options: {
    includeDrafts: boolean;
    reservedInPlan: readonly string[];
    addressOf: (id: string) => string;
  },
): Pass<EntryOf<"priority">[]> {
  const published = [...entriesOf(entries, "priority"), ...entriesOf(entries, "planPage")].filter(
    (entry) => isPublished(entry, options.includeDrafts),
  );
  const unique = uniqueById(
    published,
    `priority or page of ${plan.id} (they share the plan's web addresses)`,
  );
  const allowed = withoutReserved(unique.value, options.reservedInPlan, options.addressOf);
  const issues: ContentIssue[] = [...unique.issues, ...allowed.issues];
  const priorities: EntryOf<"priority">[] = [];
  for (const entry of allowed.value.values()) {
    const clash = formerIdsOf(entry).find((former) => unique.value.has(former));
    if (clash) {
      issues.push(formerIdClash(entry, clash));
      continue;
    }
    if (entry.kind === "planPage") {
      plan.pages.push({ ...entry.data, ...sourceOf(entry), plan } satisfies PlanPage);
    } else if (entry.kind === "priority") {
      priorities.push(entry);
    }
  }
  plan.pages.sort(byOrder);
  return { value: priorities, issues };
}

function formerIdClash(entry: ParsedEntry, clash: string): ContentIssue {
  return {
    ...at(entry, ["formerIds"]),
    message: `The former id '${clash}' is the id of another entry in this plan, so its old address cannot redirect here.`,
    expected: "former ids that no current entry uses",
    found: clash,
    hint: "Remove it from formerIds, or rename the other entry.",
  };
}
