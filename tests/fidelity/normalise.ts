/**
 * Compares texts as words only: drafting marks ("#info needed#") removed, "&" read as "and",
 * punctuation, quotes, hyphens and spacing ignored. Extraction damage that the migration mended
 * (a word split over lines, a curly or straight quote) does not count as a difference; a missing
 * or changed word does.
 */
export function normalise(text: string): string {
  return text
    .replace(/#[^#]*#/g, " ")
    .replace(/&/g, " and ")
    .toLowerCase()
    .replace(/[^a-z0-9£%]+/g, "");
}
