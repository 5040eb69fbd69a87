import { Mdx } from "@/components/content/Mdx";
import type { ProgressUpdate } from "@/lib/content";
import { formatDate } from "@/lib/site/dates";
import { StatusTag } from "./StatusTag";

/** Every report on an action or objective, newest first, or plainly that there is none. */
export function ProgressHistory({
  updates,
  preview,
}: {
  updates: readonly ProgressUpdate[];
  preview: boolean;
}) {
  const [current] = updates;
  if (!current) return <p>No progress reported yet.</p>;
  return (
    <>
      <p>
        Current status: <StatusTag update={current} />{" "}
        <span className="meta-text">
          reported <time dateTime={current.date}>{formatDate(current.date)}</time>
        </span>
      </p>
      <p className="meta-text">
        “{current.status.name}” means: {current.status.meaning}
      </p>
      <ol className="update-list">
        {updates.map((update) => (
          <li key={update.date} className="update">
            <p className="update__heading">
              <time dateTime={update.date}>{formatDate(update.date)}</time>{" "}
              <StatusTag update={update} />
            </p>
            <Mdx body={update.summary} preview={preview} />
            {update.links.length > 0 ? (
              <ul className="link-list">
                {update.links.map((link) => (
                  <li key={link.url}>
                    <a href={link.url}>{link.title}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
