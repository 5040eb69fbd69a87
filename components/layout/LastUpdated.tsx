import { getContentHistory } from "@/lib/content";
import { formatDate } from "@/lib/content/history";
import { urls } from "@/lib/urls";

/** "Last updated", from the git history of the page's content files. */
export function LastUpdated({ files }: { files: readonly string[] }) {
  const history = getContentHistory();
  if (!history.available) {
    return (
      <p className="last-updated">
        The date this page was last updated is not available: {history.reason}.
      </p>
    );
  }
  const latest = files
    .map((file) => history.lastUpdated.get(file))
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
  return (
    <p className="last-updated">
      {latest ? `Last updated ${formatDate(latest)}. ` : "Not yet published in the history. "}
      <a href={urls.changes()}>See all changes</a>
    </p>
  );
}
