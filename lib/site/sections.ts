/** One entry of a page's "Contents" list. */
export interface ContentsItem {
  id: string;
  label: string;
}

/**
 * A part of a page that its declaration (lib/site/page-kinds.ts) says the page has. The view renders
 * each declared section by its key, the contents list is made from `contents`, and the link checker
 * accepts every id in `anchors`: all three read the same list, so they cannot disagree.
 */
export interface Section<Key extends string = string> {
  key: Key;
  /** What the section adds to the page's contents list (none, one, or a body's headings). */
  contents: readonly ContentsItem[];
  /** Every id the section renders that a link may point at with #anchor. */
  anchors: readonly string[];
}

/** A section with a heading of its own: one contents entry, its heading's id and any inner ids. */
export function headedSection<Key extends string>(
  key: Key,
  id: string,
  label: string,
  innerAnchors: readonly string[] = [],
): Section<Key> {
  return { key, contents: [{ id, label }], anchors: [id, ...innerAnchors] };
}

/** The top-level headings of an MDX body, for a contents list, and every heading as an anchor. */
export function bodySection<Key extends string>(
  key: Key,
  body: { headings: readonly { id: string; text: string; depth: number }[] },
): Section<Key> {
  return {
    key,
    contents: body.headings
      .filter((heading) => heading.depth === 2)
      .map((heading) => ({ id: heading.id, label: heading.text })),
    anchors: body.headings.map((heading) => heading.id),
  };
}

/** Keeps the sections whose condition holds, in the order written. */
export function sectionsWhere<Key extends string>(
  ...entries: readonly [boolean, Section<Key>][]
): Section<Key>[] {
  return entries.filter(([present]) => present).map(([, section]) => section);
}

/** The anchor every page has: the skip link's target. */
export const MAIN_CONTENT_ANCHOR = "main-content";

export function contentsOf(sections: readonly Section[]): ContentsItem[] {
  return sections.flatMap((section) => section.contents);
}

export function anchorsOfSections(sections: readonly Section[]): Set<string> {
  return new Set([MAIN_CONTENT_ANCHOR, ...sections.flatMap((section) => section.anchors)]);
}
