import type { ContentHistory } from "@/lib/content/history";
import { formatDate } from "@/lib/site/dates";
import { itemHistory, summarise, versionPath, type HistorySubject } from "@/lib/site/item-history";

/**
 * GOV.UK's change note: the latest change the editor marked major, with its note, near the top of
 * the item's page ("Updated 3 March 2027: Lead changed to Public Health.").
 */
export function MajorChange({
  history,
  subject,
}: {
  history: ContentHistory;
  subject: HistorySubject;
}) {
  const item = itemHistory(history, subject);
  const major = item ? summarise(item)?.major : undefined;
  if (!item || !major) return null;
  return (
    <p className="change-notice">
      <strong>
        Updated <time dateTime={major.day}>{formatDate(major.day)}</time>:
      </strong>{" "}
      {major.note?.note ? `${major.note.note} ` : ""}
      <a href={versionPath(subject, item, major)}>See what changed</a>
    </p>
  );
}
