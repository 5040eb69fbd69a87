import { Swatch } from "@/components/charts/patterns";
import type { ProgressUpdate } from "@/lib/content";
import { NOT_REPORTED, NOT_REPORTED_LOOK, statusLook } from "./status-look";

/**
 * An item's current status as a tag, or that nothing has been reported: never a guess. The swatch
 * is the status's colour and pattern, as its bar in a chart draws it.
 */
export function StatusTag({ update }: { update: ProgressUpdate | undefined }) {
  if (!update) {
    return (
      <strong className="tag tag--grey">
        <Swatch look={NOT_REPORTED_LOOK} />
        {NOT_REPORTED}
      </strong>
    );
  }
  return (
    <strong className={`tag tag--${update.status.colour}`}>
      <Swatch look={statusLook(update.status)} />
      {update.status.name}
      {update.percent !== undefined ? `, ${update.percent}%` : ""}
    </strong>
  );
}
