import { formatNumber, unitHeading } from "./format";
import type { Datum } from "./types";

const YEARS = /^\d{4}(?:[-–/]\d{2,4})?$/;

/** The chart's numbers as a table: labels as row headers, values right-aligned. */
export function DataTable({
  data,
  unit,
  title,
  labelHeading,
}: {
  data: readonly Datum[];
  unit: string;
  title: string;
  labelHeading?: string;
}) {
  const firstHeading =
    labelHeading ??
    (data.length > 0 && data.every((d) => YEARS.test(d.label.trim())) ? "Year" : "Category");
  return (
    <table className="figure-chart__table">
      <caption className="figure-chart__table-caption">
        The figures in this chart
        {title ? <span className="visually-hidden">: {title}</span> : null}
      </caption>
      <thead>
        <tr>
          <th scope="col">{firstHeading}</th>
          <th scope="col" className="figure-chart__number">
            {unitHeading(unit)}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((d, i) => (
          <tr key={i}>
            <th scope="row">{d.label}</th>
            <td className="figure-chart__number">{formatNumber(d.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
