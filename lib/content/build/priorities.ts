import type {
  Action,
  Citable,
  Objective,
  Plan,
  PlanTheme,
  Priority,
  Service,
  Theme,
} from "../graph";
import { updatesPass, type UpdateContext } from "./progress";
import type { ContentIssue } from "../issues";
import { didYouMean } from "../nearest";
import { itemReference, priorityReference } from "../references";
import { at, sourceOf, type EntryOf, type Pass } from "./context";
import { leadAsWrittenIssues } from "./lead-as-written";
import type { ReferenceBook } from "./references";
import { resolveThemes } from "./themes";

type PriorityEntry = EntryOf<"priority">;

export interface Lookups {
  themes: ReadonlyMap<string, Theme>;
  services: ReadonlyMap<string, Service>;
  references: ReferenceBook;
  progress: UpdateContext;
}

/**
 * A priority with its objectives and actions, each given its reference and linked to the themes,
 * plan theme and lead services it names. Answers the related priorities written by hand, for the
 * pass that resolves them once every priority exists.
 */
export function priorityPass(
  plan: Plan,
  entry: PriorityEntry,
  lookups: Lookups,
): Pass<{ priority: Priority; relatedIds?: readonly string[] } | undefined> {
  const { objectives, actions, themes, planTheme, relatedPriorities, ...rest } = entry.data;
  const planThemeFound = findPlanTheme(plan, entry, planTheme);
  const themed = resolveThemes(
    lookups.themes,
    entry,
    themes,
    ["themes"],
    `Priority ${rest.number}`,
  );
  const issues = [...planThemeFound.issues, ...themed.issues];
  const priority: Priority = {
    ...rest,
    formerIds: rest.formerIds ?? [],
    ...sourceOf(entry),
    plan,
    reference: priorityReference(plan.referencePrefix, rest.number),
    planTheme: planThemeFound.value,
    themes: themed.themes,
    objectives: [],
    actions: [],
    relatedPriorities: [],
  };
  if (
    !lookups.references.claim(priority.reference, { kind: "priority", priority }, entry, ["number"])
  ) {
    return { value: undefined, issues };
  }
  plan.priorities.push(priority);
  priority.planTheme?.priorities.push(priority);
  for (const theme of priority.themes) theme.priorities.push(priority);
  (objectives ?? []).forEach((_, index) =>
    issues.push(...objectivePass(priority, entry, index, lookups)),
  );
  (actions ?? []).forEach((_, index) =>
    issues.push(...actionPass(priority, entry, index, lookups)),
  );
  return { value: { priority, relatedIds: relatedPriorities }, issues };
}

function findPlanTheme(
  plan: Plan,
  entry: PriorityEntry,
  id: string | undefined,
): Pass<PlanTheme | undefined> {
  if (id === undefined) return { value: undefined, issues: [] };
  const theme = plan.planThemes.find((candidate) => candidate.id === id);
  if (theme) return { value: theme, issues: [] };
  const issue: ContentIssue = {
    ...at(entry, ["planTheme"]),
    message: `The plan ${plan.id} has no theme '${id}'.`,
    expected: `the id of a file in content/plans/${plan.id}/themes/`,
    found: id,
    hint: didYouMean(
      id,
      plan.planThemes.map((candidate) => candidate.id),
    ),
  };
  return { value: undefined, issues: [issue] };
}

function objectivePass(
  priority: Priority,
  entry: PriorityEntry,
  index: number,
  lookups: Lookups,
): ContentIssue[] {
  const item = entry.data.objectives![index]!;
  const themed = resolveThemes(lookups.themes, entry, item.themes, ["objectives", index, "themes"]);
  const updates = updatesPass(entry, ["objectives", index], item.updates, lookups.progress);
  const objective: Objective = {
    number: item.number,
    line: entry.source.positionOf(["objectives", index]).line,
    text: item.text,
    reference: itemReference(priority.plan.referencePrefix, priority.number, item.number),
    themes: themed.themes,
    draftingNotes: item.draftingNotes ?? [],
    period: priority.plan.objectivesPeriod,
    updates: updates.value,
    measures: item.measures ?? [],
    withdrawn: item.withdrawn,
    formerNumbers: item.formerNumbers ?? [],
    priority,
  };
  const citable = { kind: "objective", objective } as const;
  if (claimNumbers(lookups.references, citable, entry, ["objectives", index], objective)) {
    priority.objectives.push(objective);
    for (const theme of objective.themes) theme.objectives.push(objective);
  }
  return [...themed.issues, ...updates.issues];
}

function actionPass(
  priority: Priority,
  entry: PriorityEntry,
  index: number,
  lookups: Lookups,
): ContentIssue[] {
  const item = entry.data.actions![index]!;
  const leads = resolveLeads(entry, index, lookups.services);
  const themed = resolveThemes(
    lookups.themes,
    entry,
    item.themes,
    ["actions", index, "themes"],
    `Action ${item.number}`,
  );
  const updates = updatesPass(entry, ["actions", index], item.updates, lookups.progress);
  const action: Action = {
    number: item.number,
    line: entry.source.positionOf(["actions", index]).line,
    group: item.group,
    text: item.text,
    reference: itemReference(priority.plan.referencePrefix, priority.number, item.number),
    leads: leads.value,
    leadCertainty: leads.value.length === 0 ? "unconfirmed" : (item.leadCertainty ?? "confirmed"),
    leadAsWritten: item.leadAsWritten,
    memberLead: item.memberLead,
    themes: themed.themes,
    draftingNotes: item.draftingNotes ?? [],
    updates: updates.value,
    withdrawn: item.withdrawn,
    formerNumbers: item.formerNumbers ?? [],
    priority,
  };
  const citable = { kind: "action", action } as const;
  if (claimNumbers(lookups.references, citable, entry, ["actions", index], action)) {
    priority.actions.push(action);
    for (const service of action.leads) service.actions.push(action);
    for (const theme of action.themes) theme.actions.push(action);
  }
  return [
    ...leads.issues,
    ...leadAsWrittenIssues(entry, index, leads.value),
    ...themed.issues,
    ...updates.issues,
  ];
}

/**
 * An item's reference, and those of the numbers it had before it was renumbered: their old pages
 * and references lead to it, and no other item may take them. False if its own is taken.
 */
function claimNumbers(
  references: ReferenceBook,
  citable: Citable,
  entry: PriorityEntry,
  path: ["objectives" | "actions", number],
  item: { reference: string; formerNumbers: readonly number[]; priority: Priority },
): boolean {
  if (!references.claim(item.reference, citable, entry, [...path, "number"])) return false;
  item.formerNumbers.forEach((number, index) => {
    const former = itemReference(item.priority.plan.referencePrefix, item.priority.number, number);
    references.claim(former, citable, entry, [...path, "formerNumbers", index]);
  });
  return true;
}

/** An action's lead services: one id or a list of them, each a file in content/services/. */
function resolveLeads(
  entry: PriorityEntry,
  index: number,
  services: ReadonlyMap<string, Service>,
): Pass<Service[]> {
  const { lead, leadCertainty } = entry.data.actions![index]!;
  const ids = lead === undefined ? [] : Array.isArray(lead) ? lead : [lead];
  const issues: ContentIssue[] = [];
  if (leadCertainty !== undefined && ids.length === 0) {
    issues.push({
      ...at(entry, ["actions", index, "leadCertainty"]),
      message: "Only a named lead can be confirmed or tentative.",
      expected: "a lead: the id of a file in content/services/",
      found: "no lead",
      hint: "Add the lead the plan names, or remove leadCertainty while the plan names none.",
    });
  }
  const found = ids.flatMap((id, leadIndex) => {
    const service = services.get(id);
    if (service) return [service];
    issues.push({
      ...at(
        entry,
        Array.isArray(lead) ? ["actions", index, "lead", leadIndex] : ["actions", index, "lead"],
      ),
      message: `There is no lead service '${id}'.`,
      expected: "the id of a file in content/services/",
      found: id,
      hint: didYouMean(id, services.keys()),
    });
    return [];
  });
  return { value: found, issues };
}
