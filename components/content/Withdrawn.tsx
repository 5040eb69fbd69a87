import { StatusTag } from "@/components/progress/StatusTag";
import type { Withdrawn } from "@/lib/content";
import { formatDate } from "@/lib/site/dates";
import { currentUpdate, type TrackedItem } from "@/lib/content/progress";
import { Tag } from "./Tag";

/**
 * A priority, objective or action the council no longer pursues keeps its page and its reference,
 * so citations keep working; the page says, at the top, that it was withdrawn, when and why
 * (GOV.UK's withdrawn notice).
 */
export function WithdrawnNotice({
  withdrawn,
  what,
}: {
  withdrawn: Withdrawn | undefined;
  what: "priority" | "objective" | "action";
}) {
  if (!withdrawn) return null;
  return (
    <div className="callout" data-withdrawn={withdrawn.date}>
      <p>
        <Tag tone="grey">Withdrawn</Tag> This {what} was withdrawn on{" "}
        <time dateTime={withdrawn.date}>{formatDate(withdrawn.date)}</time>.
      </p>
      <p>{withdrawn.reason}</p>
    </div>
  );
}

/** An item's state in a list: withdrawn (and when), or its latest progress. */
export function ItemStatus({ item }: { item: TrackedItem }) {
  if (!item.withdrawn) return <StatusTag update={currentUpdate(item)} />;
  return <WithdrawnTag withdrawn={item.withdrawn} />;
}

/** "Withdrawn" beside an item in a list, with the date in words for screen readers too. */
export function WithdrawnTag({ withdrawn }: { withdrawn: Withdrawn | undefined }) {
  if (!withdrawn) return null;
  return (
    <>
      <Tag tone="grey">Withdrawn</Tag>{" "}
      <span className="meta-text">
        on <time dateTime={withdrawn.date}>{formatDate(withdrawn.date)}</time>
      </span>
    </>
  );
}
