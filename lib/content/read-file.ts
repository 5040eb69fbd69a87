import { readFile } from "node:fs/promises";
import { hiddenCharacterIn } from "./hidden-characters";
import type { ContentIssue } from "./issues";

/** The largest content file: four times the largest the plans have (a 57-action priority). */
export const MAX_FILE_BYTES = 1_000_000;

/** A content file's text, or the problem that stops it being read. */
export type ReadResult = { text: string } | { issue: ContentIssue };

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
  // A byte-order mark at the very start is how some editors save UTF-8; anywhere else it hides.
  const hidden = hiddenCharacterIn(text.replace(/^\uFEFF/, " "));
  return hidden ? { file, ...hidden } : undefined;
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
