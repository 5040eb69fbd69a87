import { readFile } from "node:fs/promises";
import type { ContentIssue } from "./issues";

/** The largest content file: four times the largest the plans have (a 57-action priority). */
export const MAX_FILE_BYTES = 1_000_000;

/** A content file's text, or the problem that stops it being read. */
export type ReadResult = { text: string } | { issue: ContentIssue };

/**
 * Characters no content text needs, which can hide or reverse what a resident reads: control
 * characters (NUL and the like; tabs and line ends are fine) and the bidirectional overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) used to make text read differently than it is.
 */
const HIDDEN_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/**
 * A content file's text, or the problem that stops it being read: too large, not UTF-8 (never
 * silently replaced by �), or holding a character that hides or reverses text.
 */
export async function readContentFile(file: string, absolute: string): Promise<ReadResult> {
  const bytes = await readFile(absolute);
  const tooLarge = sizeIssue(file, bytes.length);
  if (tooLarge) return { issue: tooLarge };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = placeOfBadByte(bytes);
    return {
      issue: {
        file,
        ...at,
        message: "The file is not UTF-8 text: a character here cannot be read.",
        expected: "a file saved as UTF-8",
        hint: "Save the file as UTF-8 in your editor, then retype the character shown at this place.",
      },
    };
  }
  const hidden = hiddenCharacterIssue(file, text);
  return hidden ? { issue: hidden } : { text };
}

/**
 * The same checks on a text that is not read from disk: the file the editor's form would save,
 * which its preview shows before it is saved.
 */
export function checkContentText(file: string, text: string): ReadResult {
  const issue =
    sizeIssue(file, new TextEncoder().encode(text).length) ?? hiddenCharacterIssue(file, text);
  return issue ? { issue } : { text };
}

function sizeIssue(file: string, bytes: number): ContentIssue | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return {
    file,
    line: 1,
    column: 1,
    message: `The file is ${Math.round(bytes / 1000)} KB; the limit is ${MAX_FILE_BYTES / 1000} KB.`,
    hint: "Split it: a long chapter into several pages, a long priority's body into chapters.",
  };
}

function hiddenCharacterIssue(file: string, text: string): ContentIssue | undefined {
  const hidden = HIDDEN_CHARACTER.exec(text);
  if (!hidden) return undefined;
  const before = text.slice(0, hidden.index).split("\n");
  const code = hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
  return {
    file,
    line: before.length,
    column: before.at(-1)!.length + 1,
    message: `The text holds an invisible character (U+${code}) that can hide or reverse what residents read.`,
    found: `U+${code}`,
    hint: "Delete it: retype the words around this place, or paste them as plain text.",
  };
}

/**
 * Line and column of the first byte that is not UTF-8: where a lenient decoding first puts the
 * replacement character (a file may hold a real U+FFFD earlier, which only moves the place).
 */
function placeOfBadByte(bytes: Buffer): { line: number; column: number } {
  const lenient = new TextDecoder("utf-8").decode(bytes);
  const before = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD"))).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
