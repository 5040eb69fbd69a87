/**
 * What a drafting note says about the item it flags, in a closed set. Residents never read the raw
 * note: they read the one plain sentence of its kind, so nothing the council marked as unfinished
 * reads as final. Editors read the raw note in the preview and in `npm run content:report`.
 */
export const NOTE_KINDS = {
  "details-to-follow": "The council has said more detail will follow.",
  "being-checked": "The council has marked this as still being checked, so it may change.",
  "figures-to-update": "The council has said these figures will be updated.",
  "to-be-developed": "The council has said this part is still to be developed.",
  "text-missing-in-source":
    "Part of this is missing from the council's draft document, so it may be incomplete.",
  "draft-document": "The council has not finished this document: parts of it may change.",
} as const;

export type NoteKind = keyof typeof NOTE_KINDS;

export const NOTE_KIND_NAMES = Object.keys(NOTE_KINDS) as [NoteKind, ...NoteKind[]];

export function isNoteKind(kind: string): kind is NoteKind {
  return Object.hasOwn(NOTE_KINDS, kind);
}

/** The sentence residents read for a note of this kind. */
export function residentSentence(kind: NoteKind): string {
  return NOTE_KINDS[kind];
}
