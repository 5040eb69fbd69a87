import { distance } from "fastest-levenshtein";

/**
 * How far past the longest valid id a wrong one is read. Every character beyond the longest
 * candidate adds about one edit to every distance alike, so reading further cannot change the
 * order; it only costs time (a 4,085-character `/ref/` address took 77–121 ms before this cap).
 */
const SLACK = 16;
/** And never more than this, however long the valid ids are. */
const MAX_KEY_LENGTH = 256;

/** Valid ids prepared once, so that each "did you mean" costs only the distances. */
export interface NearestIndex {
  /** The valid ids closest in spelling to a wrong one, best first. */
  nearest(wrong: string, count?: number): string[];
}

interface Candidate {
  id: string;
  lower: string;
  words: ReadonlySet<string>;
}

/** Indexes the valid ids: lower-cased, split into words, and the key length worth reading. */
export function nearestIndex(valid: Iterable<string>): NearestIndex {
  const candidates: Candidate[] = [...valid].map((id) => {
    const lower = id.toLowerCase();
    return { id, lower, words: new Set(words(lower)) };
  });
  const longest = candidates.reduce((most, { lower }) => Math.max(most, lower.length), 0);
  const keyLength = Math.min(longest + SLACK, MAX_KEY_LENGTH);
  return {
    nearest(wrong, count = 3) {
      const needle = wrong.slice(0, keyLength).toLowerCase();
      const needleWords = words(needle);
      return candidates
        .map(({ id, lower, words: hayWords }) => {
          // A fragment of a valid id counts for a lot ("fire" finds "fire-and-rescue-service"), and
          // so does each word they share ("fire-rescue" finds it too), so long ids are not
          // outscored by short ones that are merely few edits away.
          const bonus = lower.includes(needle) ? -100 : 0;
          const shared = needleWords.filter((word) => hayWords.has(word)).length;
          return { id, score: distance(needle, lower) + bonus - shared * 8 };
        })
        .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
        .slice(0, count)
        .map(({ id }) => id);
    },
  };
}

const indexes = new WeakMap<ReadonlyMap<string, unknown>, NearestIndex>();

/**
 * The keys of a map closest in spelling to a wrong one, with the keys indexed once per map (the
 * content graph's maps never change). For a request path, e.g. the references near a wrong
 * `/ref/` link: `nearestKey(key, graph.byReference, 5)`.
 */
export function nearestKey(
  wrong: string,
  valid: ReadonlyMap<string, unknown>,
  count = 3,
): string[] {
  let index = indexes.get(valid);
  if (!index) {
    index = nearestIndex(valid.keys());
    indexes.set(valid, index);
  }
  return index.nearest(wrong, count);
}

/** The valid ids closest in spelling to a wrong one, for "did you mean" hints. */
export function nearest(wrong: string, valid: Iterable<string>, count = 3): string[] {
  return nearestIndex(valid).nearest(wrong, count);
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
