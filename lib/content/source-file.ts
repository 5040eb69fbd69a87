import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLError,
} from "yaml";
import { formatFieldPath, type FieldPath } from "./field-path";
import { splitFrontmatter } from "./frontmatter-split";
import { findHiddenCharacter, hiddenCharacterProblem, hiddenEscape } from "./hidden-characters";
import type { ContentIssue } from "./issues";

export interface Position {
  line: number;
  column: number;
}

/** A content file split into its YAML frontmatter (with source positions) and its MDX body. */
export interface SourceFile {
  file: string;
  frontmatter: unknown;
  /** The body with the frontmatter replaced by blank lines, so MDX positions match the file's. */
  body: string;
  positionOf(path: FieldPath): Position;
}

/**
 * A file's frontmatter as data and its body, without source positions, the way the loader reads
 * them: for old versions of a file, which are compared, never reported on. Undefined when the
 * version cannot be read.
 */
export function readFrontmatter(text: string): { data: unknown; body: string } | undefined {
  const split = splitFrontmatter(text);
  if ("problem" in split) return undefined;
  const document = parseDocument(split.yaml, { prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) return undefined;
  const frontmatter = toData(document);
  if ("issue" in frontmatter) return undefined;
  return { data: frontmatter.data, body: split.body };
}

/** Splits and parses a content file. Returns issues instead of throwing. */
export function parseSourceFile(
  file: string,
  text: string,
): { source: SourceFile } | { issues: ContentIssue[] } {
  const split = splitFrontmatter(text);
  if ("problem" in split && split.problem === "no-frontmatter") {
    const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
    return {
      issues: [
        {
          file,
          line: 1,
          column: 1,
          message: "The file does not start with frontmatter.",
          expected: "a first line of three hyphens (---), the fields, then another line of ---",
          found: JSON.stringify(firstLine.slice(0, 40)),
          hint: "Copy the top of a similar file in the same folder and change its fields.",
        },
      ],
    };
  }
  if ("problem" in split) {
    return {
      issues: [
        {
          file,
          line: 1,
          column: 1,
          message: "The frontmatter is never closed.",
          expected: "a line of three hyphens (---) after the last field",
          found: "no closing ---",
          hint: "Add a line containing only --- after the frontmatter fields.",
        },
      ],
    };
  }

  const { lines, yaml: yamlText, end } = split;
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Line numbers inside the YAML start at the line after the opening fence.
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + 1, column: col };
  };
  if (document.errors.length > 0) {
    return {
      issues: document.errors.map((error) => yamlIssue(file, lines, document, error, toPosition)),
    };
  }
  const frontmatter = toData(document);
  if ("issue" in frontmatter)
    return { issues: [{ file, line: 2, column: 1, ...frontmatter.issue }] };
  const hidden = hiddenValues(file, yamlText, document, toPosition);
  if (hidden.length > 0) return { issues: hidden };

  const body = [...lines.slice(0, end + 1).map(() => ""), ...lines.slice(end + 1)].join("\n");
  const positionOf = (path: FieldPath) => positionIn(document, path, toPosition);
  return { source: { file, frontmatter: frontmatter.data, body, positionOf } };
}

/**
 * A YAML error, named by its field. An unclosed [ { or " is noticed by the parser only where the
 * next field starts: such an error is placed where the unclosed value's field is written.
 */
function yamlIssue(
  file: string,
  lines: readonly string[],
  document: Document,
  error: YAMLError,
  toPosition: (offset: number) => Position,
): ContentIssue {
  const offset = error.pos[0];
  const pairs = pairsOf(document);
  const unclosed = pairs.find(
    (pair) => pair.open && pair.value[0] < offset && pair.value[1] >= offset && pair.key < offset,
  );
  const at = toPosition(unclosed ? unclosed.key : offset);
  return {
    file,
    ...at,
    field: unclosed ? formatFieldPath(unclosed.path) : fieldOnLine(lines[at.line - 1] ?? ""),
    message: `The frontmatter is not valid YAML: ${firstSentence(error.message)}`,
    hint: unclosed
      ? "A [ list, { group or quoted text on this line is never closed: close it on the same line."
      : yamlHint(error.code),
  };
}

interface PairPlace {
  path: FieldPath;
  /** Offsets of the key and of the value's start and end. */
  key: number;
  value: [number, number];
  /** A [list], {group} or quoted text, which can run on past its line when left open. */
  open: boolean;
}

/** Every field of the document with where it is written, in the order written. */
function pairsOf(document: Document): PairPlace[] {
  const places: PairPlace[] = [];
  const visit = (node: unknown, path: FieldPath) => {
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
    if (!isMap(node)) return;
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range) continue;
      const keyPath = [...path, isScalar(key) ? String(key.value) : "?"];
      const range = value?.range ?? key.range;
      const flow = (isMap(value) || isSeq(value)) && value.flow === true;
      const quoted =
        isScalar(value) && (value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE");
      places.push({
        path: keyPath,
        key: key.range[0],
        value: [range[0], range[1]],
        open: flow || quoted,
      });
      visit(value, keyPath);
    }
  };
  visit(document.contents, []);
  return places.sort((a, b) => a.key - b.key);
}

/**
 * Every text in the frontmatter, read as YAML decodes it: the raw-text check (read-file.ts) sees
 * `"\u202E"` or `"\x1b"` as plain letters, but the value holds the character itself. Each is
 * reported at the escape that wrote it, with its field.
 */
function hiddenValues(
  file: string,
  yamlText: string,
  document: Document,
  toPosition: (offset: number) => Position,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const check = (node: unknown, path: FieldPath) => {
    if (!isScalar(node) || typeof node.value !== "string" || !node.range) return;
    const hidden = findHiddenCharacter(node.value);
    if (!hidden) return;
    const source = yamlText.slice(node.range[0], node.range[1]);
    const escape = node.type === "QUOTE_DOUBLE" ? hiddenEscape(source) : undefined;
    const offset = escape?.offset ?? findHiddenCharacter(source)?.index ?? 0;
    issues.push({
      file,
      ...toPosition(node.range[0] + offset),
      field: formatFieldPath(path) || undefined,
      ...hiddenCharacterProblem(hidden.code, escape?.escape),
    });
  };
  const visit = (node: unknown, path: FieldPath) => {
    if (isSeq(node)) node.items.forEach((item, index) => visit(item, [...path, index]));
    else if (!isMap(node)) check(node, path);
    else {
      for (const pair of node.items) {
        const keyPath = [...path, isScalar(pair.key) ? String(pair.key.value) : "?"];
        visit(pair.key, keyPath);
        visit(pair.value, keyPath);
      }
    }
  };
  visit(document.contents, []);
  return issues;
}

/**
 * The frontmatter as data. An alias bomb (aliases that expand to millions of values) is refused
 * as a problem of this file instead of stopping the check.
 */
function toData(
  document: Document,
): { data: unknown } | { issue: Omit<ContentIssue, "file" | "line" | "column"> } {
  try {
    return { data: document.toJS({ maxAliasCount: 100 }) ?? {} };
  } catch (error) {
    return {
      issue: {
        message: `The frontmatter cannot be read: ${error instanceof Error ? error.message : String(error)}.`,
        expected:
          "plain fields; YAML anchors and aliases (&name, *name) are not needed in content files",
        hint: "Write each value out in full instead of repeating it with *aliases.",
      },
    };
  }
}

/** Where a field is written; a missing field is reported at its parent. */
function positionIn(
  document: Document,
  path: FieldPath,
  toPosition: (offset: number) => Position,
): Position {
  let node: Node | null = document.contents as Node | null;
  let best: Position = { line: 2, column: 1 };
  if (node?.range) best = toPosition(node.range[0]);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) best = toPosition(keyNode.range[0]);
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      if (item.range) best = toPosition(item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return best;
}

/** The field a YAML line starts, e.g. "title" for "  title: x" or "- number: 3". */
function fieldOnLine(text: string): string | undefined {
  return /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
}

function firstSentence(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}

function yamlHint(code: string): string {
  switch (code) {
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "Check the indentation: list items start with '- ' and line up under their field.";
    case "DUPLICATE_KEY":
      return "A field appears twice in the same place: keep one of them.";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "A value containing ': ' or '#' must be in double quotes.";
    default:
      return "Put text containing ':', '#', quotes or brackets inside double quotes.";
  }
}
