import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import type { ImportedUpdate } from "./validate";
import { splitFrontmatter } from "../frontmatter-split";
import { ukDate } from "./cells";
import type { SheetProblem } from "./table";

export interface FileEdit {
  file: string;
  before: string;
  after: string;
  added: ImportedUpdate[];
}

/**
 * Adds each update to its item in the text of its content file, and changes nothing else: the
 * YAML Document API finds where the item's updates end, the new lines are spliced in there with
 * the file's own indentation and line ends, so comments, quoting and layout stay as they were.
 * An update already in the file on that date is skipped when it is the same, refused when not.
 */
export function applyUpdates(
  file: string,
  text: string,
  updates: readonly ImportedUpdate[],
): { edit?: FileEdit; skipped: ImportedUpdate[]; problems: SheetProblem[] } {
  const skipped: ImportedUpdate[] = [];
  const problems: SheetProblem[] = [];
  const split = splitFrontmatter(text);
  if ("problem" in split) {
    for (const imported of updates) problems.push(noItem(file, imported));
    return { skipped, problems };
  }
  const { newline, yamlStart: start, yamlEnd: end } = split;
  const yamlText = text.slice(start, end);
  const insertions: { offset: number; text: string }[] = [];
  // Items given a new `updates:` field by this import: their next updates go under it.
  const openedUpdates = new Set<YAMLMap>();
  // Parsed once: the insertions are made to the text only after every update has been placed.
  const document = parseDocument(yamlText);
  for (const imported of updates) {
    const item = findItem(document, imported);
    if (!item) {
      problems.push(noItem(file, imported));
      continue;
    }
    const existing = existingOn(item, imported.update);
    if (existing === "same") {
      skipped.push(imported);
      continue;
    }
    if (existing === "different") {
      problems.push({
        row: imported.row,
        column: imported.columns.date,
        value: ukDate(imported.update.date),
        message: `${imported.item.reference} already has a different update dated ${ukDate(imported.update.date)} in ${file}.`,
        expected: "a date with no update yet, or the update as it is in the file",
        hint: "Change the update in the file itself, or correct the date in the sheet.",
      });
      continue;
    }
    insertions.push(insertionFor(yamlText, item, imported, newline, openedUpdates));
  }
  if (insertions.length === 0) return { skipped, problems };
  let after = yamlText;
  // From the end backwards, so earlier offsets stay right; updates of one item keep sheet order.
  for (const insertion of insertions
    .map((x, i) => ({ ...x, i }))
    .sort((a, b) => b.offset - a.offset || b.i - a.i)) {
    after = after.slice(0, insertion.offset) + insertion.text + after.slice(insertion.offset);
  }
  const added = updates.filter(
    (u) => !skipped.includes(u) && !problems.some((p) => p.row === u.row),
  );
  return {
    edit: {
      file,
      before: text,
      after: text.slice(0, start) + after + text.slice(end),
      added,
    },
    skipped,
    problems,
  };
}

function noItem(file: string, imported: ImportedUpdate): SheetProblem {
  return {
    row: imported.row,
    column: imported.columns.reference,
    value: imported.item.reference,
    message: `${file} has no such item any more.`,
  };
}

function findItem(document: Document, imported: ImportedUpdate): YAMLMap | undefined {
  const list = document.get(imported.kind === "action" ? "actions" : "objectives", true);
  if (!isSeq(list)) return undefined;
  return list.items.find(
    (node): node is YAMLMap => isMap(node) && node.get("number") === imported.item.number,
  );
}

function existingOn(
  item: YAMLMap,
  wanted: ImportedUpdate["update"],
): "same" | "different" | undefined {
  const updates = item.get("updates", true);
  if (!isSeq(updates)) return undefined;
  const onDate = updates.items.find(
    (node) => isMap(node) && String(node.get("date")) === wanted.date,
  );
  if (!onDate || !isMap(onDate)) return undefined;
  const written = onDate.toJSON() as Record<string, unknown>;
  const same =
    written.status === wanted.status &&
    written.summary === wanted.summary &&
    written.percent === wanted.percent &&
    !written.draft;
  return same ? "same" : "different";
}

/**
 * The new update's lines, placed after the item's last update, or as a new `updates:` field
 * (once: a second new update of the same item goes under the field the first one opened).
 */
function insertionFor(
  yamlText: string,
  item: YAMLMap,
  imported: ImportedUpdate,
  newline: string,
  openedUpdates: Set<YAMLMap>,
) {
  const updates = item.get("updates", true) as YAMLSeq | undefined;
  const keyColumn = columnOf(yamlText, item.items[0]!.key as { range?: [number, number, number] });
  const entry = stringifyEntry(imported.update);
  if (updates && isSeq(updates) && updates.items.length > 0) {
    const itemColumn =
      columnOf(yamlText, updates.items[0] as { range?: [number, number, number] }) - 2;
    return {
      offset: lineEndAfter(yamlText, updates.range![1], newline),
      text: indent(entry, itemColumn, newline),
    };
  }
  const offset = lineEndAfter(yamlText, item.range![1], newline);
  if (openedUpdates.has(item)) return { offset, text: indent(entry, keyColumn + 2, newline) };
  openedUpdates.add(item);
  const text = `${" ".repeat(keyColumn)}updates:${newline}${indent(entry, keyColumn + 2, newline)}`;
  return { offset, text };
}

function stringifyEntry(update: ImportedUpdate["update"]): string {
  return new Document([update]).toString({ lineWidth: 0 });
}

/**
 * The block's lines moved right by `column`. Blank lines inside it (between a summary's
 * paragraphs) stay, and stay empty; only the line end after the last line is dropped.
 */
function indent(block: string, column: number, newline: string): string {
  return block
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => (line === "" ? newline : `${" ".repeat(column)}${line}${newline}`))
    .join("");
}

function columnOf(text: string, node: { range?: [number, number, number] }): number {
  const offset = node.range?.[0] ?? 0;
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/** The offset just after the line on which `offset - 1` sits: where a new line may start. */
function lineEndAfter(text: string, offset: number, newline: string): number {
  const at = text.indexOf(newline, Math.max(0, offset - 1));
  return at === -1 ? text.length : at + newline.length;
}
