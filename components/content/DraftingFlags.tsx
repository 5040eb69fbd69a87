import type { DraftingNoteFrontmatter } from "@/lib/content";
import { residentSentence, type NoteKind } from "@/lib/content/note-kinds";
import { Tag } from "./Tag";

/**
 * Says, beside an item, what the council marked as unfinished about it: one plain sentence per kind
 * of note, so nothing flagged reads as final. The note itself shows only in the local preview.
 */
export function DraftingFlags({
  notes,
  preview,
}: {
  notes: readonly DraftingNoteFrontmatter[];
  preview: boolean;
}) {
  if (notes.length === 0) return null;
  const kinds = [...new Set(notes.map((note) => note.kind))];
  return (
    <div className="drafting-flags">
      {kinds.map((kind) => (
        <DraftingFlag key={kind} kind={kind} />
      ))}
      {preview ? (
        <ul className="drafting-notes" aria-label="Drafting notes">
          {notes.map((note) => (
            <li key={`${note.kind} ${note.note}`} className="drafting-note">
              <strong>Drafting note ({note.kind}):</strong> {note.note}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The resident-facing sentence of one kind of note, tagged "Not final". */
export function DraftingFlag({ kind, as: Element = "p" }: { kind: NoteKind; as?: "p" | "span" }) {
  return (
    <Element className="drafting-flag" data-note-kind={kind}>
      <Tag tone="yellow">Not final</Tag> {residentSentence(kind)}
    </Element>
  );
}

export function DraftBanner({ draft, preview }: { draft: boolean | undefined; preview: boolean }) {
  if (!preview || !draft) return null;
  return (
    <p className="draft-banner" role="note">
      <strong>Draft</strong> – this page is not published. It shows only in the local preview.
    </p>
  );
}
