import { isPreview } from "@/lib/preview";

/** Stands where the council has not written a section yet: residents read a neutral line. */
export function InformationToFollow({ note }: { note?: string }) {
  return (
    <p className="information-to-follow">
      Information to follow.
      {isPreview && note ? (
        <span className="drafting-note" role="note">
          {" "}
          <strong>Drafting note:</strong> {note}
        </span>
      ) : null}
    </p>
  );
}
