import type { ContentIssue } from "../issues";
import type { ParsedEntry } from "../parse-entry";
import { at, formerIdsOf, idOf, type Pass } from "./context";

/** Entries by id; the second entry with an id already taken is reported and left out. */
export function uniqueById<E extends ParsedEntry>(
  list: readonly E[],
  scope: string,
): Pass<Map<string, E>> {
  const seen = new Map<string, E>();
  const issues: ContentIssue[] = [];
  for (const entry of list) {
    const id = idOf(entry);
    const first = seen.get(id);
    if (!first) {
      seen.set(id, entry);
      continue;
    }
    issues.push({
      ...at(entry, ["id"]),
      message: `The id '${id}' is already used by ${first.file}.`,
      expected: `an id not used by any other ${scope}`,
      found: id,
      hint: "Give one of the two entries a different id (and keep the old one in formerIds if it was published).",
    });
  }
  return { value: seen, issues };
}

/**
 * Entries whose id or former id is an address the site's own pages own (`where` says which
 * address, e.g. "/search"), reported and left out: a former id there would redirect a page away.
 */
export function withoutReserved<E extends ParsedEntry>(
  byId: ReadonlyMap<string, E>,
  reserved: readonly string[],
  where: (id: string) => string,
): Pass<Map<string, E>> {
  const kept = new Map<string, E>();
  const issues: ContentIssue[] = [];
  const taken = new Set(reserved);
  for (const [id, entry] of byId) {
    const formerIndex = formerIdsOf(entry).findIndex((former) => taken.has(former));
    const clash = taken.has(id) ? id : formerIdsOf(entry)[formerIndex];
    if (clash === undefined) {
      kept.set(id, entry);
      continue;
    }
    issues.push({
      ...at(entry, clash === id ? ["id"] : ["formerIds", formerIndex]),
      message: `The ${clash === id ? "id" : "former id"} '${clash}' is taken by the site's own pages (${where(clash)}).`,
      expected: `an id other than ${reserved.join(", ")}`,
      found: clash,
      hint:
        clash === id
          ? "Choose an id that describes the entry."
          : "Remove it from formerIds: no page of this site was ever published at that address.",
    });
  }
  return { value: kept, issues };
}
