import { sitePagesPass, sitePass, themesAndServicesPass } from "./build/entries";
import { figureUsesPass } from "./build/figures";
import { draftingNotesOf } from "./build/notes";
import { planEntriesPass } from "./build/plan-entries";
import { plansPass } from "./build/plans";
import { priorityPass } from "./build/priorities";
import { statusesPass } from "./build/progress";
import { ReferenceBook } from "./build/references";
import { relatedPrioritiesPass, type RelatedByHand } from "./build/related";
import type { ContentGraph, Plan } from "./graph";
import type { ContentIssue } from "./issues";
import type { ParsedEntry } from "./parse-entry";

/** Ids the site's own pages own: at the top level (/<id>) and inside a plan (/plans/<plan>/<id>). */
export interface ReservedIds {
  topLevel: readonly string[];
  inPlan: readonly string[];
  /**
   * The address a reserved id stands for, for the message that refuses it: the site's to say
   * (lib/site/load-site.ts), since the model knows no addresses.
   */
  addressOf: { topLevel: (id: string) => string; inPlan: (plan: string, id: string) => string };
}

export interface BuildOptions {
  includeDrafts: boolean;
  reservedIds: ReservedIds;
  /** The build's date, YYYY-MM-DD: progress may not be reported after it. */
  today: string;
}

/**
 * Resolves every reference between entries and derives the indexes pages read (by plan, theme,
 * service and reference), once, as a sequence of passes (lib/content/build/), each answering its
 * part of the graph and its problems, with the place each problem was written.
 */
export function buildGraph(
  entries: readonly ParsedEntry[],
  options: BuildOptions,
): { graph?: ContentGraph; issues: ContentIssue[] } {
  const site = sitePass(entries);
  if (!site.value) return { issues: site.issues };
  const { value: lookups, issues } = themesAndServicesPass(entries);
  const sitePages = sitePagesPass(entries, {
    includeDrafts: options.includeDrafts,
    reservedTopLevel: options.reservedIds.topLevel,
    addressOf: options.reservedIds.addressOf.topLevel,
  });
  const plans = plansPass(entries);
  const statuses = statusesPass(entries);
  issues.push(...sitePages.issues, ...plans.issues, ...statuses.issues);
  const progress = {
    statuses: statuses.value,
    today: options.today,
    includeDrafts: options.includeDrafts,
  };

  const references = new ReferenceBook();
  const related: RelatedByHand[] = [];
  for (const [plan, inPlan] of plans.value.inPlan) {
    const planEntries = planEntriesPass(plan, inPlan, {
      includeDrafts: options.includeDrafts,
      reservedInPlan: options.reservedIds.inPlan,
      addressOf: (id) => options.reservedIds.addressOf.inPlan(plan.id, id),
    });
    issues.push(...planEntries.issues);
    for (const entry of planEntries.value) {
      const built = priorityPass(plan, entry, { ...lookups, references, progress });
      issues.push(...built.issues);
      const relatedIds = built.value?.relatedIds;
      if (built.value && relatedIds) related.push({ ...built.value, entry, ids: relatedIds });
    }
    sortPriorities(plan);
  }
  issues.push(...references.issues);
  const { themes, services } = lookups;
  const others = [...themes.values(), ...services.values(), ...sitePages.value, site.value];
  issues.push(...figureUsesPass(plans.value.plans, others));
  issues.push(...relatedPrioritiesPass(plans.value.plans, related));
  if (issues.length > 0) return { issues };
  return {
    graph: {
      site: site.value,
      plans: plans.value.plans,
      themes: [...themes.values()].sort((a, b) => a.title.localeCompare(b.title)),
      services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name)),
      sitePages: sitePages.value,
      statuses: [...statuses.value.values()],
      draftingNotes: entries.flatMap(draftingNotesOf),
      byReference: references.byReference,
    },
    issues,
  };
}

function sortPriorities(plan: Plan): void {
  plan.priorities.sort((a, b) => a.number - b.number);
  for (const theme of plan.planThemes) theme.priorities.sort((a, b) => a.number - b.number);
}
