import type { Citable, ContentGraph, Plan, PlanPage } from "../content/graph";
import { formatDate } from "./dates";
import { type ContentHistory, type ItemHistory } from "../content/history";
import { bodyText } from "../content/item-history/body-text";
import type { ItemVersion } from "../content/item-history/build";
import { WORDING_FIELDS, type FieldValue } from "../content/item-history/snapshot";
import { actionPath, objectivePath, priorityPath, urls } from "./urls";

/** What has a history page: everything with a reference, and every chapter of a plan. */
export type HistorySubject = Citable | { kind: "chapter"; page: PlanPage };

/** How the item is known in the history: its reference, or a chapter's file. */
export function historyKey(subject: HistorySubject): string {
  switch (subject.kind) {
    case "priority":
      return subject.priority.reference;
    case "objective":
      return subject.objective.reference;
    case "action":
      return subject.action.reference;
    case "chapter":
      return subject.page.file;
  }
}

/** The item's page today. */
export function subjectPath(subject: HistorySubject): string {
  switch (subject.kind) {
    case "priority":
      return priorityPath(subject.priority);
    case "objective":
      return objectivePath(subject.objective);
    case "action":
      return actionPath(subject.action);
    case "chapter":
      return urls.planEntry(subject.page.plan.id, subject.page.id);
  }
}

export function subjectPlan(subject: HistorySubject): Plan {
  switch (subject.kind) {
    case "priority":
      return subject.priority.plan;
    case "objective":
      return subject.objective.priority.plan;
    case "action":
      return subject.action.priority.plan;
    case "chapter":
      return subject.page.plan;
  }
}

/** The item's reference, where it has one. */
export function subjectReference(subject: HistorySubject): string | undefined {
  return subject.kind === "chapter" ? undefined : historyKey(subject);
}

/** The item in a few words: "Action 16 (CP18-2.16)", "the chapter “How we work”". */
export function subjectName(subject: HistorySubject): string {
  switch (subject.kind) {
    case "priority":
      return `Priority ${subject.priority.number} (${subject.priority.reference})`;
    case "objective":
      return `Objective ${subject.objective.number} (${subject.objective.reference})`;
    case "action":
      return `Action ${subject.action.number} (${subject.action.reference})`;
    case "chapter":
      return `“${subject.page.title}”`;
  }
}

/** Every item with a history page, in the order of the plans. */
export function historySubjects(graph: ContentGraph): HistorySubject[] {
  return graph.plans.flatMap((plan) => [
    ...plan.priorities.flatMap((priority): HistorySubject[] => [
      { kind: "priority", priority },
      ...priority.objectives.map((objective) => ({ kind: "objective" as const, objective })),
      ...priority.actions.map((action) => ({ kind: "action" as const, action })),
    ]),
    ...plan.pages.map((page) => ({ kind: "chapter" as const, page })),
  ]);
}

/** The item's own history, if the build has history and the item is in it. */
export function itemHistory(
  history: ContentHistory,
  subject: HistorySubject,
): ItemHistory | undefined {
  return history.available ? history.items.get(historyKey(subject)) : undefined;
}

/** The version in force at the end of a day (YYYY-MM-DD): the last one made on or before it. */
export function versionOn(history: ItemHistory, day: string): ItemVersion | undefined {
  let found: ItemVersion | undefined;
  for (const version of history.versions) {
    if (version.day > day) break;
    found = version;
  }
  return found;
}

/** The versions made after a day, oldest first. */
export function versionsAfter(history: ItemHistory, day: string): ItemVersion[] {
  return history.versions.filter((version) => version.day > day);
}

/** What the item's page says of its history: when its wording and its facts last changed. */
export interface ChangeSummary {
  first: ItemVersion;
  latest: ItemVersion;
  /** The latest version that changed its wording, if any did after it was first published. */
  wording?: ItemVersion;
  /** The latest that changed a fact (lead, themes, status…) after the wording last changed. */
  facts?: ItemVersion;
  /** The latest change the editor marked major, with its note. */
  major?: ItemVersion;
}

export function summarise(history: ItemHistory): ChangeSummary | undefined {
  const [first] = history.versions;
  const latest = history.versions.at(-1);
  if (!first || !latest) return undefined;
  const newestFirst = [...history.versions].reverse();
  const wording = newestFirst.find((version) =>
    version.changes.some((change) => WORDING_FIELDS.has(change.field)),
  );
  const facts = newestFirst.find(
    (version) =>
      version.changes.some((change) => !WORDING_FIELDS.has(change.field)) &&
      (!wording || version.date > wording.date),
  );
  const major = newestFirst.find((version) => version.note?.kind === "major");
  return { first, latest, wording, facts, major };
}

/** The day the item's current version was made, which a dated citation of it today names. */
export function currentSince(history: ContentHistory, subject: HistorySubject): string | undefined {
  const latest = itemHistory(history, subject)?.versions.at(-1);
  return latest?.snapshot ? latest.day : undefined;
}

/** The address of a version on its item's history page (numbered from the oldest, 1). */
export function versionPath(subject: HistorySubject, history: ItemHistory, version: ItemVersion) {
  return `${urls.history(subjectPath(subject))}#${urls.versionAnchor(history.versions.indexOf(version) + 1)}`;
}

/**
 * Whether the plan was a draft at the end of a day, from its own history (its plan.mdx); undefined
 * when the history does not say.
 */
export function planWasDraft(
  history: ContentHistory,
  plan: Plan,
  day: string,
): boolean | undefined {
  const planHistory = history.available ? history.items.get(plan.file) : undefined;
  const data = planHistory ? versionOn(planHistory, day)?.snapshot?.fields.data : undefined;
  if (typeof data !== "string") return undefined;
  try {
    return (JSON.parse(data) as { status?: unknown }).status === "draft";
  } catch {
    return undefined;
  }
}

/** A wording field's value as residents read it: a page's text is its words, without notes. */
export function shownText(field: string, value: string): string {
  return field === "body" ? (bodyText(value) ?? value) : value;
}

/**
 * The name of each field as residents read it on a history page, a dated citation and a feed.
 * Not the editor form's titles (the zod schemas' meta), though most words agree: those tell an
 * editor what to fill in ("Heading" for an action's group, "How sure the lead is", "Withdrawn"),
 * these name what changed in a sentence ("Group last changed 3 March 2027", "Lead confirmed: Not
 * yet", "TP20-1.2 changed: withdrawal"); and the body and the status are not form fields. A unit
 * test holds every field a history records to a name here.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: "Title",
  shortTitle: "Short title",
  commitment: "Our commitment",
  summary: "Summary",
  body: "Text of the page",
  planTheme: "Theme of the plan",
  themes: "Themes",
  relatedPriorities: "Related priorities",
  measures: "Measures",
  text: "Text",
  group: "Group",
  lead: "Lead",
  leadAsWritten: "Lead as the plan writes it",
  leadCertainty: "Lead confirmed",
  memberLead: "Member lead",
  status: "Status",
  // A noun, as the others are: "Withdrawal last changed …", "TP20-1.2 changed: withdrawal".
  withdrawn: "Withdrawal",
};

/**
 * What a version that does not give a field says by that, where the content model gives the
 * absence a meaning (an action without a lead is one the plan names no lead for). Any other
 * field a version lacks was only not in it: an older version may predate the field.
 */
export const ABSENCE_MEANS: Readonly<Record<string, string>> = {
  lead: "None named in the plan",
  status: "No progress reported",
  themes: "None",
  withdrawn: "Not withdrawn",
};

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

/** The names of changed fields in a sentence: "text and lead". */
export function fieldList(fields: readonly string[]): string {
  const names = fields.map((field) => fieldLabel(field).toLowerCase());
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * A field's value as residents read it: ids named by what they are today (a lead service, a
 * theme, a status); an id that no longer exists is shown as written.
 */
export function describeValue(
  graph: ContentGraph,
  plan: Plan,
  field: string,
  value: FieldValue | undefined,
): string[] {
  if (value === undefined) return [];
  const values = typeof value === "string" ? [value] : [...value];
  const named = (list: readonly { id: string }[], name: (item: never) => string) =>
    values.map((id) => {
      const found = list.find((item) => item.id === id);
      return found ? name(found as never) : id;
    });
  switch (field) {
    case "lead":
      return named(graph.services, (service: { name: string }) => service.name);
    case "themes":
      return named(graph.themes, (theme: { title: string }) => theme.title);
    case "planTheme":
      return named(plan.planThemes, (theme: { title: string }) => theme.title);
    case "status":
      return named(graph.statuses, (status: { name: string }) => status.name);
    case "leadCertainty":
      return values.map((certainty) =>
        certainty === "tentative" ? "Not yet (the plan queries it)" : "Yes",
      );
    case "relatedPriorities":
      return values.map((id) => {
        const [planId, priorityId] = id.split("/");
        const priority = graph.plans
          .find((candidate) => candidate.id === planId)
          ?.priorities.find((candidate) => candidate.id === priorityId);
        return priority ? `${priority.reference}: ${priority.title}` : id;
      });
    case "withdrawn": {
      const [day, reason] = values;
      return [
        `Withdrawn on ${day ? formatDate(day) : "an unknown day"}`,
        ...(reason ? [reason] : []),
      ];
    }
    default:
      return values;
  }
}
