import { classify } from "../kinds";
import { itemReference, priorityReference } from "../references";
import { readFrontmatter } from "../source-file";
import { normaliseSpace } from "../residents-words";
import { bodyNoteKinds, bodySource } from "./body-text";

/** What an item's history is of: the items councillors cite, chapters, and every other entry. */
export type Subject = "priority" | "action" | "objective" | "chapter" | "entry";

/** A field's value in one version: text, or a list (ids, measures); an absent field is left out. */
export type FieldValue = string | readonly string[];

/** The editor's note on the change a version makes (its item's `changeNote` and `changeKind`). */
export interface ChangeNote {
  note?: string;
  /** "major" shows on the item's page and in feeds; "minor" (formatting, extraction damage) is folded. */
  kind?: "major" | "minor";
}

/** One item as one version of its file has it: the fields residents read, compared across versions. */
export interface Snapshot {
  /** The item's reference (CP18-2.16), or for a chapter or other entry its file. */
  key: string;
  subject: Subject;
  file: string;
  fields: Readonly<Record<string, FieldValue>>;
  note?: ChangeNote;
  /**
   * The kinds of drafting note the item carried (lib/content/note-kinds.ts): not compared, since
   * they are editorial state, but a page showing this version says it was not final.
   */
  flags?: readonly string[];
}

/**
 * The fields of each subject that make its history, in the order a page shows them: its wording
 * (compared word by word) and its facts (shown before and after). Progress updates are dated
 * reports of their own; only the status they give is a fact of the item.
 */
export const HISTORY_FIELDS = {
  priority: [
    "title",
    "shortTitle",
    "commitment",
    "summary",
    "body",
    "planTheme",
    "themes",
    "relatedPriorities",
    "measures",
    "withdrawn",
  ],
  action: [
    "text",
    "group",
    "lead",
    "leadAsWritten",
    "leadCertainty",
    "memberLead",
    "themes",
    "status",
    "withdrawn",
  ],
  objective: ["text", "themes", "measures", "status", "withdrawn"],
  chapter: ["title", "summary", "body"],
  entry: ["data", "body"],
} as const satisfies Record<Subject, readonly string[]>;

/** Fields whose value is wording, compared word by word; the others are facts. */
export const WORDING_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "shortTitle",
  "commitment",
  "summary",
  "body",
  "text",
]);

/** What a file's snapshots depend on besides the file: each plan folder's reference prefix. */
export type PlanPrefixes = ReadonlyMap<string, string>;

type Data = Record<string, unknown>;

/**
 * The items one version of a content file holds, or undefined when that version cannot be read
 * (the check would have refused it, so it was never published). A draft is not published: it
 * holds no items. `relative` is the file's path inside the content folder.
 */
export function snapshotsOf(
  file: string,
  relative: string,
  text: string,
  prefixes: PlanPrefixes,
): Snapshot[] | undefined {
  const place = classify(relative);
  const read = readFrontmatter(text);
  if (!place || !read || !isData(read.data)) return undefined;
  const data = read.data;
  if (data.draft === true) return [];
  const body = bodySource(read.body);
  const withBody = (fields: Record<string, FieldValue | undefined>) => ({
    ...fields,
    body: body === "" ? undefined : body,
  });
  // A priority's or chapter's own snapshot says what its body marked unfinished, too.
  const withBodyFlags = (own: Data): Data => ({
    ...own,
    draftingNotes: [
      ...(Array.isArray(own.draftingNotes) ? own.draftingNotes : []),
      ...bodyNoteKinds(read.body).map((kind) => ({ kind })),
    ],
  });
  switch (place.kind) {
    case "priority": {
      const prefix = prefixes.get(place.planFolder ?? "");
      if (prefix === undefined || typeof data.number !== "number") return undefined;
      const fields = withBody(fieldsOf("priority", data));
      return priorityItems(file, prefix, data.number, withBodyFlags(data), fields);
    }
    case "planPage": {
      const fields = withBody(fieldsOf("chapter", data));
      return [snapshot(file, "chapter", file, fields, withBodyFlags(data))];
    }
    default: {
      const fields = {
        data: JSON.stringify({ ...data, changeNote: undefined, changeKind: undefined }),
        body,
      };
      return [snapshot(file, "entry", file, fields, data)];
    }
  }
}

/** The reference prefix a plan file gives its folder, if it can be read. */
export function planPrefixOf(text: string): string | undefined {
  const read = readFrontmatter(text);
  return read && isData(read.data) ? text1(read.data.referencePrefix) : undefined;
}

function priorityItems(
  file: string,
  prefix: string,
  number: number,
  data: Data,
  fields: Record<string, FieldValue | undefined>,
): Snapshot[] {
  const own = snapshot(priorityReference(prefix, number), "priority", file, fields, data);
  const items = (subject: "action" | "objective", list: unknown) =>
    (Array.isArray(list) ? list : [])
      .filter((item): item is Data => isData(item) && typeof item.number === "number")
      .map((item) =>
        snapshot(
          itemReference(prefix, number, item.number as number),
          subject,
          file,
          fieldsOf(subject, item),
          item,
        ),
      );
  return [own, ...items("objective", data.objectives), ...items("action", data.actions)];
}

/**
 * How each field is read from a version's data: the one place a field's form is known. A lead is
 * one id or a list; an item's status is that of its newest published update.
 */
const READERS: Record<string, (data: Data) => FieldValue | undefined> = {
  title: (data) => text1(data.title),
  shortTitle: (data) => text1(data.shortTitle),
  commitment: (data) => text1(data.commitment),
  summary: (data) => text1(data.summary),
  planTheme: (data) => text1(data.planTheme),
  themes: (data) => texts(data.themes),
  relatedPriorities: (data) => texts(data.relatedPriorities),
  measures: (data) => measures(data.measures),
  text: (data) => text1(data.text),
  group: (data) => text1(data.group),
  lead: (data) => texts(typeof data.lead === "string" ? [data.lead] : data.lead),
  leadAsWritten: (data) => text1(data.leadAsWritten),
  leadCertainty: (data) => text1(data.leadCertainty),
  memberLead: (data) => text1(data.memberLead),
  status: (data) => statusOf(data.updates),
  // The day and the reason: withdrawing an item is a change its history shows.
  withdrawn: (data) =>
    isData(data.withdrawn) ? texts([data.withdrawn.date, data.withdrawn.reason]) : undefined,
};

/** The fields of a subject that its data holds (the body is read from the file's body). */
function fieldsOf(subject: Subject, data: Data): Record<string, FieldValue | undefined> {
  return Object.fromEntries(
    HISTORY_FIELDS[subject]
      .filter((field) => field in READERS)
      .map((field) => [field, READERS[field]!(data)]),
  );
}

function snapshot(
  key: string,
  subject: Subject,
  file: string,
  fields: Record<string, FieldValue | undefined>,
  data: Data,
): Snapshot {
  const present = Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, FieldValue] => entry[1] !== undefined),
  );
  const note = changeNoteOf(data);
  const flags = [
    ...new Set(
      (Array.isArray(data.draftingNotes) ? data.draftingNotes : [])
        .filter(isData)
        .map((entry) => text1(entry.kind))
        .filter((kind) => kind !== undefined),
    ),
  ];
  return {
    key,
    subject,
    file,
    fields: present,
    ...(note ? { note } : {}),
    ...(flags.length > 0 ? { flags } : {}),
  };
}

function changeNoteOf(data: Data): ChangeNote | undefined {
  const note = text1(data.changeNote);
  const kind =
    data.changeKind === "major" || data.changeKind === "minor" ? data.changeKind : undefined;
  if (note === undefined && kind === undefined) return undefined;
  return { ...(note !== undefined ? { note } : {}), ...(kind !== undefined ? { kind } : {}) };
}

/** The status of the newest published update, which is the item's current status. */
function statusOf(updates: unknown): string | undefined {
  const published = (Array.isArray(updates) ? updates : []).filter(
    (update): update is Data =>
      isData(update) && update.draft !== true && typeof update.date === "string",
  );
  const newest = published.sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];
  return newest ? text1(newest.status) : undefined;
}

/** A measure in one line: what is measured, which way is better, its baseline and target. */
function measures(value: unknown): readonly string[] | undefined {
  const lines = (Array.isArray(value) ? value : []).filter(isData).map((measure) => {
    const parts = [
      `${text1(measure.title) ?? ""} (${text1(measure.unit) ?? ""}, ${text1(measure.better) ?? ""} is better)`,
    ];
    if (isData(measure.baseline)) {
      parts.push(
        `baseline ${String(measure.baseline.value)} in ${String(measure.baseline.period)}`,
      );
    }
    if (isData(measure.target)) {
      parts.push(`target ${String(measure.target.value)} by ${String(measure.target.date)}`);
    }
    return parts.join("; ");
  });
  return lines.length > 0 ? lines : undefined;
}

function text1(value: unknown): string | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  const text = normaliseSpace(String(value));
  return text === "" ? undefined : text;
}

function texts(value: unknown): readonly string[] | undefined {
  const list = (Array.isArray(value) ? value : []).map(text1).filter((t) => t !== undefined);
  return list.length > 0 ? list : undefined;
}

function isData(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
