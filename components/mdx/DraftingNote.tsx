import type { ReactNode } from "react";
import { DraftingFlag } from "@/components/content/DraftingFlags";
import { isNoteKind } from "@/lib/content/note-kinds";
import { isPreview } from "@/lib/site/preview";

/**
 * Where the council left a note in the text: residents read the plain sentence of the note's kind,
 * never the note; the local preview shows the note too. The check refuses a note with no known kind.
 */
export function DraftingNote({
  kind,
  children,
  note,
}: {
  kind?: string;
  children?: ReactNode;
  note?: string;
}) {
  return (
    <>
      {kind !== undefined && isNoteKind(kind) ? <DraftingFlag kind={kind} as="span" /> : null}
      {isPreview ? (
        <span className="drafting-note" role="note">
          <strong>Drafting note:</strong> {note ?? children}
        </span>
      ) : null}
    </>
  );
}
