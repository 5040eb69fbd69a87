import { distance } from "fastest-levenshtein";

/** The valid ids closest in spelling to a wrong one, for "did you mean" hints. */
export function nearest(wrong: string, valid: Iterable<string>, count = 3): string[] {
  const needle = wrong.toLowerCase();
  return [...valid]
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      // A fragment of a valid id counts for a lot ("fire" finds "fire-and-rescue-service"), and so
      // does each word they share ("fire-rescue" finds it too), so long ids are not outscored by
      // short ones that are merely few edits away.
      const bonus = hay.includes(needle) ? -100 : 0;
      const shared = words(needle).filter((word) => words(hay).includes(word)).length;
      return { candidate, score: distance(needle, hay) + bonus - shared * 8 };
    })
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

function words(text: string): string[] {
  return text.split(/[^a-z0-9]+/).filter((word) => word.length > 2);
}

export function didYouMean(wrong: string, valid: Iterable<string>): string {
  const suggestions = nearest(wrong, valid);
  return suggestions.length > 0
    ? `Did you mean ${suggestions.map((id) => `'${id}'`).join(", ")}?`
    : "There are no entries of this kind yet.";
}
