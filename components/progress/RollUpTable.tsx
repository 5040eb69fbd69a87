import { Keyed, type Look } from "@/components/charts/patterns";
import type { Status } from "@/lib/content";
import { rollUp, type TrackedItem } from "@/lib/content/progress";
import { NOT_REPORTED, NOT_REPORTED_LOOK, statusLook } from "./status-look";

export interface RollUpRow {
  label: string;
  href: string;
  items: readonly TrackedItem[];
}

/**
 * One row a group: how many of its items there are, how many are at each status and how many are
 * not reported. On a wide screen it is a table. On a narrow one each group reads as a list, as
 * GOV.UK's summary lists do: the group's name, then every count under the words it counts, so no
 * column is ever off the side of a phone (progress.css). The roles are written out because a table
 * shown as blocks loses its table semantics in some browsers.
 */
export function RollUpTable({
  caption,
  groupHeading,
  rows,
  statuses,
}: {
  caption: string;
  /** What a row is, e.g. "Priority". */
  groupHeading: string;
  rows: readonly RollUpRow[];
  statuses: readonly Status[];
}) {
  const columns: { key: string; name: string; look?: Look }[] = [
    { key: "items", name: "Items" },
    ...statuses.map((status) => ({ key: status.id, name: status.name, look: statusLook(status) })),
    { key: "not-reported", name: NOT_REPORTED, look: NOT_REPORTED_LOOK },
  ];
  return (
    <table className="rollup-table" role="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            {groupHeading}
          </th>
          {columns.map((column) => (
            <th scope="col" role="columnheader" key={column.key}>
              {column.look ? <Keyed look={column.look} words={column.name} /> : column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row) => {
          const summary = rollUp(row.items, statuses);
          const counts = [
            summary.total,
            ...summary.byStatus.map(({ count }) => count),
            summary.notReported,
          ];
          return (
            <tr role="row" key={row.href}>
              <th scope="row" role="rowheader">
                <a href={row.href}>{row.label}</a>
              </th>
              {columns.map((column, i) => (
                <td role="cell" key={column.key}>
                  <span className="rollup-table__label">
                    {column.look ? <Keyed look={column.look} words={column.name} /> : column.name}
                  </span>{" "}
                  <span className="rollup-table__count">{counts[i]}</span>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
