import type { ContentHistory } from "@/lib/content/history";
import { formatDate } from "@/lib/site/dates";
import { lastChanged } from "@/lib/site/build-facts";
import { urls } from "@/lib/site/urls";

/** "Last updated", from the git history of the page's content files. */
export function LastUpdated({
  history,
  files,
}: {
  history: ContentHistory;
  files: readonly string[];
}) {
  if (!history.available) {
    return (
      <p className="last-updated">
        The date this page was last updated is not available: {history.reason}.
      </p>
    );
  }
  const latest = lastChanged(history, files);
  return (
    <p className="last-updated">
      {latest ? `Last updated ${formatDate(latest)}. ` : "Not yet published in the history. "}
      <a href={urls.changes()}>See all changes</a>
    </p>
  );
}
