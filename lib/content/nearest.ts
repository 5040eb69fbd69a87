import { distance } from "fastest-levenshtein";

/** The valid ids closest in spelling to a wrong one, for "did you mean" hints. */
export function nearest(wrong: string, valid: Iterable<string>, count = 3): string[] {
  const needle = wrong.toLowerCase();
  return [...valid]
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      // A fragment of a valid id counts for a lot: "fire" should find "fire-and-rescue-service".
      const bonus = hay.includes(needle) ? -100 : 0;
      return { candidate, score: distance(needle, hay) + bonus };
    })
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

export function didYouMean(wrong: string, valid: Iterable<string>): string {
  const suggestions = nearest(wrong, valid);
  return suggestions.length > 0
    ? `Did you mean ${suggestions.map((id) => `'${id}'`).join(", ")}?`
    : "There are no entries of this kind yet.";
}
