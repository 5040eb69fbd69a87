import { diffWords } from "diff";

/** A run of words in a difference: kept, or only in the text before, or only in the text after. */
export interface DiffPart {
  text: string;
  change?: "added" | "removed";
}

export type WordDifference =
  /** The paragraphs that changed, each with its place among all of them; the rest are counted. */
  | { kind: "paragraphs"; paragraphs: { index: number; parts: DiffPart[] }[]; unchanged: number }
  /** The same words: only formatting, figures or white space changed. */
  | { kind: "same" }
  /** More changes than are worth showing word by word: the page shows before and after whole. */
  | { kind: "too-many" };

/**
 * Word-level edits considered at most (jsdiff's `maxEditLength`): beyond it a rewrite is shown as
 * before and after. A bound on work, not on time, so a build always makes the same page.
 */
const MAX_EDITS = 1000;

/**
 * The word-level difference between two versions of a text (jsdiff's `diffWords`, which ignores
 * changes of white space), grouped into the paragraphs of the text (blank lines), so a page can
 * show the paragraphs that changed and say how many did not.
 */
export function wordDifference(before: string, after: string): WordDifference {
  if (before === after) return { kind: "same" };
  const changes = diffWords(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) return { kind: "too-many" };
  if (changes.every((change) => !change.added && !change.removed)) return { kind: "same" };
  const paragraphs: DiffPart[][] = [[]];
  for (const change of changes) {
    const kind = change.added ? "added" : change.removed ? "removed" : undefined;
    change.value.split(/\n{2,}/).forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== "")
        paragraphs.at(-1)!.push(kind ? { text: piece, change: kind } : { text: piece });
    });
  }
  const nonEmpty = paragraphs.filter((parts) => parts.some((part) => part.text.trim() !== ""));
  const changed = nonEmpty
    .map((parts, index) => ({ index, parts }))
    .filter(({ parts }) => parts.some((part) => part.change && part.text.trim() !== ""));
  if (changed.length === 0) return { kind: "same" };
  return { kind: "paragraphs", paragraphs: changed, unchanged: nonEmpty.length - changed.length };
}
