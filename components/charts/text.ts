import { FONT_SIZE } from "./geometry";

/** Average advance of a character in em; generous for Arial so estimates err on the wide side. */
export const CHAR_WIDTH = 0.6;
const ELLIPSIS = "…";

/** Estimated width of `text` drawn at `fontSize`. */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** How many characters fit in `width`. */
export function charsIn(width: number, fontSize = FONT_SIZE): number {
  return Math.floor(width / (fontSize * CHAR_WIDTH));
}

export interface WrappedLabel {
  lines: string[];
  /** True when some of the label had to be left out. */
  truncated: boolean;
  /** True when a word was too long for a line and had to be cut. */
  cutWords: boolean;
}

/**
 * Wraps a label at spaces into lines of at most `maxChars` characters. A word too long for a line,
 * or anything past `maxLines`, is cut short with "…" (the full label is in the table).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): WrappedLabel {
  const width = Math.max(2, maxChars);
  const lines: string[] = [];
  let cutWords = false;
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const piece = shorten(word, width);
    if (piece !== word) cutWords = true;
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + piece.length <= width) {
      lines[lines.length - 1] = `${last} ${piece}`;
    } else {
      lines.push(piece);
    }
  }
  if (lines.length <= Math.max(1, maxLines)) return { lines, truncated: cutWords, cutWords };
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = withEllipsis(kept.at(-1) ?? "", width);
  return { lines: kept, truncated: true, cutWords };
}

/** Ends a line with "…", dropping whole words from its end to make room where it can. */
function withEllipsis(line: string, width: number): string {
  if (line.endsWith(ELLIPSIS)) return line;
  let words = line.split(" ");
  while (words.length > 1 && words.join(" ").length + 1 > width) words = words.slice(0, -1);
  return shorten(`${words.join(" ")}${ELLIPSIS}`, width);
}

function shorten(text: string, width: number): string {
  if (text.length <= width) return text;
  return `${text.slice(0, width - 1).trimEnd()}${ELLIPSIS}`;
}
