import { isPreview } from "@/lib/preview";

/** Drafting notes from frontmatter, highlighted in the local preview and absent from the site. */
export function EditorNotes({ notes }: { notes: readonly string[] }) {
  if (!isPreview || notes.length === 0) return null;
  return (
    <ul className="drafting-notes" aria-label="Drafting notes">
      {notes.map((note) => (
        <li key={note} className="drafting-note">
          <strong>Drafting note:</strong> {note}
        </li>
      ))}
    </ul>
  );
}

export function DraftBanner({ draft }: { draft: boolean | undefined }) {
  if (!isPreview || !draft) return null;
  return (
    <p className="draft-banner" role="note">
      <strong>Draft</strong> – this page is not published. It shows only in the local preview.
    </p>
  );
}
