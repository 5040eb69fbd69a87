import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from "yaml";
import { splitFrontmatter } from "../content/frontmatter-split";

/**
 * The editor's file format for our content files: YAML frontmatter between two lines of `---`,
 * then the MDX body. Saving writes the file the editor opened with only what the form changed:
 * the frontmatter is edited through the `yaml` package's Document API, so quoting, flow lists
 * (`themes: [a, b]`), comments and the order of fields stay as they were written, and an entry
 * saved unchanged is byte-identical. Plain data in, plain text out: no Decap, no React.
 */

/** The field the editor keeps the body in. */
export const BODY_FIELD = "body";

/**
 * The field that carries the text the entry was opened from, so that saving can edit that text
 * instead of writing a new one. It is never written to the file and has no form field.
 */
export const SOURCE_FIELD = "__source";

/** Fields whose value may be one id or a list of ids, e.g. an action's `lead`. */
export type OneOrManyPaths = readonly (readonly string[])[];

export interface MdxFormatOptions {
  /**
   * Paths (field names, `*` for every item of a list) of one-or-many fields. The form always
   * edits them as a list; a list of one is written as the single value unless it was written
   * as a list before.
   */
  oneOrMany?: OneOrManyPaths;
}

export type EntryData = Record<string, unknown>;

interface SplitFile {
  /** What the file starts with before its first fence: a byte order mark, or "". */
  bom: string;
  /** How the file ends its lines: what it is saved with. */
  newline: "\n" | "\r\n";
  /** The YAML between the fences. */
  yaml: string;
  /** Everything after the closing fence's line, its lines ending in "\n". */
  body: string;
}

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The file split by the loader's own splitter (BOM, CRLF, spaces after a fence), so that what the
 * site reads as frontmatter is what the form edits. A file without frontmatter is all body.
 */
function split(text: string): SplitFile {
  const parts = splitFrontmatter(text);
  if ("problem" in parts) return { bom: "", newline: "\n", yaml: "", body: text };
  return { bom: parts.bom, newline: parts.newline, yaml: parts.yaml, body: parts.body };
}

/** Reads a content file into the editor's entry data: the frontmatter's fields and `body`. */
export function fromFile(text: string, options: MdxFormatOptions = {}): EntryData {
  const { yaml, body } = split(text);
  const parsed: unknown = yaml.trim() === "" ? {} : parseDocument(yaml).toJS();
  const data: EntryData = isRecord(parsed) ? { ...parsed } : {};
  for (const path of options.oneOrMany ?? []) wrapOneOrMany(data, path);
  // The body starts after the blank line that follows the frontmatter, as authors see it.
  data[BODY_FIELD] = body.startsWith("\n") ? body.slice(1) : body;
  data[SOURCE_FIELD] = text;
  return data;
}

/**
 * Writes entry data back to a file: the text it was opened from, with only what changed
 * edited in place. A new entry (no source) is written from scratch in the same layout.
 */
export function toFile(data: EntryData, options: MdxFormatOptions = {}): string {
  const { [BODY_FIELD]: body, [SOURCE_FIELD]: source, ...fields } = data;
  const original = typeof source === "string" ? source : "";
  const before = split(original);
  const document = parseDocument(before.yaml);
  if (!isMap(document.contents)) {
    const empty = document.createNode({});
    empty.flow = false;
    document.contents = empty as unknown as typeof document.contents;
  }
  const old = prune(document.toJS() ?? {}) as EntryData;
  const next = prune(fields) as EntryData;
  for (const path of options.oneOrMany ?? []) unwrapOneOrMany(next, path, old);
  const newBody = writeBody(before.body, typeof body === "string" ? body : "");
  if (typeof source === "string" && deepEqual(old, next) && newBody === before.body) return source;
  updateMap(document, document.contents as YAMLMap, old, next);
  const yaml = Object.keys(next).length === 0 ? "" : document.toString(STRINGIFY);
  const written = `---\n${yaml}---\n${newBody}`;
  // Saved with the line ends the file was opened with, so a CRLF file stays CRLF throughout.
  return before.bom + (before.newline === "\n" ? written : written.replace(/\r?\n/g, "\r\n"));
}

/**
 * The body as it was when unchanged (the editor may drop its final newline), else the new one,
 * after a blank line if the file had one (a new file has one).
 */
function writeBody(oldBody: string, newBody: string): string {
  const blankLine = oldBody === "" || oldBody.startsWith("\n");
  const oldShown = blankLine ? oldBody.slice(1) : oldBody;
  if (newBody === oldShown || newBody.trimEnd() === oldShown.trimEnd()) return oldBody;
  if (newBody.trim() === "") return "";
  const text = newBody.endsWith("\n") ? newBody : `${newBody}\n`;
  return blankLine ? `\n${text}` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An empty text, list or group of fields, or a missing value, is a field left out: the schemas
 * have no empty values.
 */
function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === "" ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );
}

/** The data without empty fields, in lists of objects too. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const pruned = prune(item);
    if (!isEmpty(pruned)) out[key] = pruned;
  }
  return out;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => deepEqual(a[key], b[key]));
  }
  return false;
}

/** Edits a YAML map in place so that it holds `next`, touching only the fields that differ. */
function updateMap(document: Document, map: YAMLMap, old: EntryData, next: EntryData): void {
  for (const key of Object.keys(old)) {
    if (!(key in next)) map.delete(key);
  }
  const keys = Object.keys(next);
  keys.forEach((key, index) => {
    const value = next[key];
    if (key in old) {
      if (deepEqual(old[key], value)) return;
      const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) return;
      pair.value = updateNode(document, pair.value as Node | null, old[key], value);
      return;
    }
    const node = createNode(document, value);
    const after = keys
      .slice(0, index)
      .reverse()
      .find((earlier) => map.has(earlier));
    const position =
      after === undefined
        ? 0
        : map.items.findIndex((item) => isScalar(item.key) && item.key.value === after) + 1;
    map.items.splice(position, 0, document.createPair(key, node));
  });
}

/** The node that holds `next`, the old node edited in place where it can be. */
function updateNode(document: Document, node: Node | null, old: unknown, next: unknown): Node {
  if (isScalar(node) && !isRecord(next) && !Array.isArray(next)) {
    node.value = next;
    // A plain scalar that can no longer be written plain is quoted by the stringifier itself.
    return node;
  }
  if (isMap(node) && isRecord(old) && isRecord(next)) {
    updateMap(document, node, old, next);
    return node;
  }
  if (isSeq(node) && Array.isArray(old) && Array.isArray(next)) {
    node.items = alignedItems(document, node.items as (Node | null)[], old, next);
    return node;
  }
  return createNode(document, next);
}

/**
 * The items of a list that held `old` and now holds `next`, each kept from the old node where it
 * can be, so that removing, adding, moving or editing one item rewrites that item's lines only:
 * items equal before and after keep their nodes (the longest run of them in order, then any that
 * moved); an edited item is edited in its own node (matched by its number, else by its place
 * between unchanged items); only new items are new nodes.
 */
function alignedItems(
  document: Document,
  nodes: readonly (Node | null)[],
  old: readonly unknown[],
  next: readonly unknown[],
): Node[] {
  const from = alignment(old, next);
  return next.map((item, j) => {
    const i = from.get(j);
    if (i === undefined) return createNode(document, item);
    return deepEqual(old[i], item) ? nodes[i]! : updateNode(document, nodes[i]!, old[i], item);
  });
}

/** For each item of `next` that was an item of `old`, its index in `old` (new items have none). */
function alignment(old: readonly unknown[], next: readonly unknown[]): Map<number, number> {
  const from = new Map<number, number>(commonRun(old, next).map(([i, j]) => [j, i]));
  const used = new Set(from.values());
  next.forEach((item, j) => {
    if (from.has(j)) return;
    const moved = old.findIndex((candidate, i) => !used.has(i) && deepEqual(candidate, item));
    if (moved >= 0) {
      from.set(j, moved);
      used.add(moved);
    }
  });
  next.forEach((item, j) => {
    if (from.has(j)) return;
    const edited = editedFrom(old, used, item, j, from);
    if (edited !== undefined) {
      from.set(j, edited);
      used.add(edited);
    }
  });
  return from;
}

/**
 * The old item an edited one was: the free one with the same `number`, else the free one most
 * like it in the gap between the unchanged items around it.
 */
function editedFrom(
  old: readonly unknown[],
  used: ReadonlySet<number>,
  item: unknown,
  j: number,
  from: ReadonlyMap<number, number>,
): number | undefined {
  const free = [...old.keys()].filter((i) => !used.has(i));
  if (isRecord(item) && item.number !== undefined) {
    const same = free.find((i) => isRecord(old[i]) && old[i].number === item.number);
    if (same !== undefined) return same;
  }
  const before = [...from].filter(([k]) => k < j).map(([, i]) => i);
  const after = [...from].filter(([k]) => k > j).map(([, i]) => i);
  const low = Math.max(-1, ...before);
  const high = Math.min(old.length, ...after);
  const gap = free.filter((i) => i > low && i < high);
  const likeness = (i: number) => sharedFields(old[i], item);
  return gap.reduce<number | undefined>(
    (best, i) => (best === undefined || likeness(i) > likeness(best) ? i : best),
    undefined,
  );
}

/** How many fields two items have in common, equal (0 for items that are not objects). */
function sharedFields(a: unknown, b: unknown): number {
  if (!isRecord(a) || !isRecord(b)) return 0;
  return Object.keys(a).filter((key) => key in b && deepEqual(a[key], b[key])).length;
}

/** The longest run of items equal in both lists, in order, as [old index, new index] pairs. */
function commonRun(old: readonly unknown[], next: readonly unknown[]): [number, number][] {
  const lengths = Array.from({ length: old.length + 1 }, () =>
    new Array<number>(next.length + 1).fill(0),
  );
  for (let i = old.length - 1; i >= 0; i--) {
    for (let j = next.length - 1; j >= 0; j--) {
      lengths[i]![j] = deepEqual(old[i], next[j])
        ? lengths[i + 1]![j + 1]! + 1
        : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < old.length && j < next.length;) {
    if (deepEqual(old[i], next[j])) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** A new node in the files' own layout: lists of ids on one line, lists of objects as blocks. */
function createNode(document: Document, value: unknown): Node {
  const node = document.createNode(value) as Node;
  const visit = (item: unknown) => {
    if (isSeq(item)) {
      item.flow = item.items.every((child) => isScalar(child));
      item.items.forEach(visit);
    } else if (isMap(item)) {
      item.items.forEach((pair) => visit(pair.value));
    }
  };
  visit(node);
  return node;
}

/** Calls `visit` with each object that holds the path's last field. */
function eachHolder(
  data: unknown,
  path: readonly string[],
  visit: (holder: EntryData, field: string) => void,
): void {
  if (path.length === 0 || !isRecord(data)) return;
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) return visit(data, head);
  const value = data[head];
  if (rest[0] === "*") {
    if (Array.isArray(value)) value.forEach((item) => eachHolder(item, rest.slice(1), visit));
  } else {
    eachHolder(value, rest, visit);
  }
}

function wrapOneOrMany(data: EntryData, path: readonly string[]): void {
  eachHolder(data, path, (holder, field) => {
    const value = holder[field];
    if (value !== undefined && !Array.isArray(value)) holder[field] = [value];
  });
}

/**
 * A list of one is written as the single value, unless the file had that field as a list already.
 * The file's lists are found by walking the old data along the same path, each item of a list
 * matched to the old item it was (it may have moved).
 */
function unwrapOneOrMany(data: EntryData, path: readonly string[], old: EntryData): void {
  const walk = (value: unknown, before: unknown, rest: readonly string[]) => {
    if (!isRecord(value) || rest.length === 0) return;
    const [head, ...tail] = rest as [string, ...string[]];
    const previous = isRecord(before) ? before[head] : undefined;
    if (tail.length === 0) {
      const field = value[head];
      if (Array.isArray(field) && field.length === 1 && !Array.isArray(previous)) {
        value[head] = field[0];
      }
      return;
    }
    const inner = value[head];
    if (tail[0] === "*" && Array.isArray(inner)) {
      const items = Array.isArray(previous) ? previous : [];
      // Compared as the form has them: one-or-many fields as lists.
      const asInForm = items.map((item: unknown) => {
        const copy = structuredClone(item);
        if (isRecord(copy)) wrapOneOrMany(copy, tail.slice(1));
        return copy;
      });
      const from = alignment(asInForm, inner);
      inner.forEach((item, j) => {
        const i = from.get(j);
        walk(item, i === undefined ? undefined : items[i], tail.slice(1));
      });
    } else {
      walk(inner, previous, tail);
    }
  };
  walk(data, old, path);
}
