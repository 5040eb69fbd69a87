import { formatFieldPath } from "../field-path";
import type { ContentIssue } from "../issues";
import type { ParsedEntry } from "../parse-entry";
import type { FieldPath } from "../field-path";

export type EntryOf<K extends ParsedEntry["kind"]> = Extract<ParsedEntry, { kind: K }>;

/** What a pass of buildGraph answers: its part of the graph, and the problems it found. */
export interface Pass<T> {
  value: T;
  issues: ContentIssue[];
}

/** The place of a field in an entry's file, for a problem about it. */
export function at(entry: ParsedEntry, path: FieldPath) {
  return {
    file: entry.file,
    ...entry.source.positionOf(path),
    field: path.length > 0 ? formatFieldPath(path) : undefined,
  };
}

export function entriesOf<K extends ParsedEntry["kind"]>(
  entries: readonly ParsedEntry[],
  kind: K,
): EntryOf<K>[] {
  return entries.filter((entry): entry is EntryOf<K> => entry.kind === kind);
}

/** Drafts are validated always, but published only in the preview. */
export function isPublished(entry: ParsedEntry, includeDrafts: boolean): boolean {
  return includeDrafts || !("draft" in entry.data && entry.data.draft === true);
}

export function idOf(entry: ParsedEntry): string {
  return "id" in entry.data ? entry.data.id : "site";
}

export function formerIdsOf(entry: ParsedEntry): readonly string[] {
  return ("formerIds" in entry.data ? entry.data.formerIds : undefined) ?? [];
}

export function byOrder(a: { order: number }, b: { order: number }): number {
  return a.order - b.order;
}

/** The fields every entry made from a file carries. */
export function sourceOf(entry: ParsedEntry) {
  return { file: entry.file, body: entry.body };
}
