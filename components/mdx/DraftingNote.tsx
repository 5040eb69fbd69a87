import type { ReactNode } from "react";
import { DraftingFlag } from "@/components/content/DraftingFlags";
import { isNoteKind } from "@/lib/content/note-kinds";

/**
 * Where the council left a note in the text: residents read the plain sentence of the note's kind,
 * never the note; the local preview shows the note too. The check refuses a note with no known kind.
 */
export function DraftingNote({
  kind,
  children,
  note,
  preview,
}: {
  kind?: string;
  children?: ReactNode;
  note?: string;
  /** Given by <Mdx> after the body's own attributes, so a body cannot set it. */
  preview: boolean;
}) {
  return (
    <>
      {kind !== undefined && isNoteKind(kind) ? <DraftingFlag kind={kind} as="span" /> : null}
      {preview ? (
        <span className="drafting-note" role="note">
          <strong>Drafting note:</strong> {note ?? children}
        </span>
      ) : null}
    </>
  );
}
