import { FigureChart } from "@/components/charts/FigureChart";
import { plural } from "@/components/content/PriorityList";
import { formatDate } from "@/lib/site/dates";
import type { RollUp } from "@/lib/content/progress";
import { NOT_REPORTED, NOT_REPORTED_LOOK, statusLook } from "./status-look";

/**
 * How a set of actions and objectives stands: the count at each status as a chart with its table,
 * the share completed, and how many have no report. With no report at all it says just that.
 * Every status has its row, zero or not, always in the same place: "0 at risk" is an answer.
 */
export function ProgressSummary({
  rollUp,
  id,
  what,
}: {
  rollUp: RollUp;
  /** Unique on the page: the chart's ids start with it. */
  id: string;
  /** What the items are, e.g. "actions and objectives of this priority". */
  what: string;
}) {
  if (rollUp.total === 0) return null;
  if (rollUp.notReported === rollUp.total) {
    return (
      <p>
        No progress has been reported yet on the {plural(rollUp.total, "item")} ({what}).
      </p>
    );
  }
  const share = Math.round((rollUp.completed / rollUp.total) * 100);
  return (
    <>
      <p>
        {rollUp.completed} of {plural(rollUp.total, "item")} completed ({share}%).{" "}
        {rollUp.notReported > 0 ? `${rollUp.notReported} not yet reported. ` : ""}
        {rollUp.latest ? (
          <>
            Latest report: <time dateTime={rollUp.latest}>{formatDate(rollUp.latest)}</time>.
          </>
        ) : null}
      </p>
      <FigureChart
        idPrefix={`${id}-`}
        headingLevel="h3"
        figure={{
          id: "status",
          title: `Status of the ${what}`,
          unit: "items",
          chart: "bar",
          labelHeading: "Status",
          data: [
            ...rollUp.byStatus.map(({ status, count }) => ({
              label: status.name,
              value: count,
              look: statusLook(status),
            })),
            { label: NOT_REPORTED, value: rollUp.notReported, look: NOT_REPORTED_LOOK },
          ],
        }}
      />
    </>
  );
}
