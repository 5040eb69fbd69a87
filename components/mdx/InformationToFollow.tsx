import type { ReactNode } from "react";

/** Stands where the council has not written a section yet: residents read a neutral line. */
export function InformationToFollow({
  note,
  children,
  preview,
}: {
  note?: string;
  children?: ReactNode;
  /** Given by <Mdx> after the body's own attributes, so a body cannot set it. */
  preview: boolean;
}) {
  return (
    <p className="information-to-follow">
      Information to follow.
      {preview && (note ?? children) ? (
        <span className="drafting-note" role="note">
          {" "}
          <strong>Drafting note:</strong> {note ?? children}
        </span>
      ) : null}
    </p>
  );
}
