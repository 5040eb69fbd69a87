import type { ProgressUpdate } from "@/lib/content";

/** An item's current status as a tag, or that nothing has been reported: never a guess. */
export function StatusTag({ update }: { update: ProgressUpdate | undefined }) {
  if (!update) return <strong className="tag tag--grey">Not yet reported</strong>;
  return (
    <strong className={`tag tag--${update.status.colour}`}>
      {update.status.name}
      {update.percent !== undefined ? `, ${update.percent}%` : ""}
    </strong>
  );
}
