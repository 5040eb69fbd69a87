/**
 * Characters no content text needs, which can hide or reverse what a resident reads, or make a
 * feed invalid XML: control characters (tab and line ends are fine), the bidirectional marks,
 * embeddings, overrides and isolates used to make text read differently than it is, invisible
 * separators and joiners that join nothing visible (zero-width space, word joiner, a byte-order
 * mark inside the text), the line and paragraph separators, interlinear annotations, Unicode
 * tags, the non-characters U+FFFE and U+FFFF and unpaired surrogates (only a YAML escape can
 * write those). The zero-width joiner and non-joiner stay allowed: scripts and emoji need them.
 */
const HIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ufffe\uffff\u{e0000}-\u{e007f}]|\p{Cs}/u;

export interface HiddenCharacter {
  /** Where it is in the text (UTF-16 index). */
  index: number;
  /** Its code point, e.g. "U+202E". */
  code: string;
}

/** The first hidden character in a text, or undefined when there is none. */
export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  const found = HIDDEN.exec(text);
  if (!found) return undefined;
  return { index: found.index, code: codeOf(found[0]) };
}

export function codeOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The words for a hidden character, wherever it was found: one message for every check. */
export function hiddenCharacterProblem(
  code: string,
  writtenAs?: string,
): { message: string; found: string; hint: string } {
  return {
    message: `The text holds an invisible character (${code}) that can hide or reverse what residents read.`,
    found: writtenAs ? `${code}, written as ${writtenAs}` : code,
    hint: writtenAs
      ? `Delete ${writtenAs}: it stands for that invisible character.`
      : "Delete it: retype the words around this place, or paste them as plain text.",
  };
}

/**
 * The first hidden character in a text, placed by line and column, in words: a content file, an
 * MDX body or a Markdown summary from a sheet (the importer checks summaries through compileMdx,
 * so it refuses whatever the check refuses, and never writes such a character into a file).
 */
export function hiddenCharacterIn(
  text: string,
): ({ line: number; column: number } & ReturnType<typeof hiddenCharacterProblem>) | undefined {
  const hidden = findHiddenCharacter(text);
  if (!hidden) return undefined;
  const before = text.slice(0, hidden.index).split("\n");
  return {
    line: before.length,
    column: before.at(-1)!.length + 1,
    ...hiddenCharacterProblem(hidden.code),
  };
}

/** An escape in YAML's double-quoted text: a code point in hex, or one character after the backslash. */
const YAML_ESCAPE = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gs;
/** The escapes that name a character by a letter (an escaped backslash or quote stands for itself). */
const NAMED: Record<string, string> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};

/**
 * The first YAML escape in a quoted value's source that stands for a hidden character, with its
 * offset in that source: `"\u202E"` is refused where it is written, not only where the value starts.
 */
export function hiddenEscape(source: string): { offset: number; escape: string } | undefined {
  for (const match of source.matchAll(YAML_ESCAPE)) {
    const body = match[1]!;
    const point = body.length === 1 ? undefined : parseInt(body.slice(1), 16);
    const character =
      point === undefined ? (NAMED[body] ?? body) : String.fromCodePoint(Math.min(point, 0x10ffff));
    if (findHiddenCharacter(character)) return { offset: match.index, escape: match[0] };
  }
  return undefined;
}
