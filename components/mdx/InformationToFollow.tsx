import type { ReactNode } from "react";
import { isPreview } from "@/lib/site/preview";

/** Stands where the council has not written a section yet: residents read a neutral line. */
export function InformationToFollow({ note, children }: { note?: string; children?: ReactNode }) {
  return (
    <p className="information-to-follow">
      Information to follow.
      {isPreview && (note ?? children) ? (
        <span className="drafting-note" role="note">
          {" "}
          <strong>Drafting note:</strong> {note ?? children}
        </span>
      ) : null}
    </p>
  );
}
