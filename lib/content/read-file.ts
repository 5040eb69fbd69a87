import { readFile } from "node:fs/promises";
import { hiddenCharacterIn } from "./hidden-characters";
import type { ContentIssue } from "./issues";

/** The largest content file: four times the largest the plans have (a 57-action priority). */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * A content file's text, or the problem that stops it being read: too large, not UTF-8 (never
 * silently replaced by �), or holding a character that hides or reverses text.
 */
export async function readContentFile(
  file: string,
  absolute: string,
): Promise<{ text: string } | { issue: ContentIssue }> {
  const bytes = await readFile(absolute);
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      issue: {
        file,
        line: 1,
        column: 1,
        message: `The file is ${Math.round(bytes.length / 1000)} KB; the limit is ${MAX_FILE_BYTES / 1000} KB.`,
        hint: "Split it: a long chapter into several pages, a long priority's body into chapters.",
      },
    };
  }
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
  // A byte-order mark at the very start is how some editors save UTF-8; anywhere else it hides.
  const hidden = hiddenCharacterIn(text.replace(/^\uFEFF/, " "));
  if (hidden) return { issue: { file, ...hidden } };
  return { text };
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
