import type { ReactNode } from "react";
import { isPreview } from "@/lib/preview";

/** An editor's note about the text next to it. Residents never see it. */
export function DraftingNote({ children, note }: { children?: ReactNode; note?: string }) {
  if (!isPreview) return null;
  return (
    <span className="drafting-note" role="note">
      <strong>Drafting note:</strong> {note ?? children}
    </span>
  );
}
