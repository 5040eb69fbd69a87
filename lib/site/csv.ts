import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "../content/csv-cells";

/** RFC 4180 CSV with a header row: every field quoted, CRLF line ends, formulas neutralised. */
export function toCsvTable<Row extends object>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
): string {
  return stringify(rows as Row[], {
    header: true,
    columns: [...columns],
    quoted: true,
    quoted_empty: true,
    record_delimiter: "windows",
    cast: { string: neutraliseFormula },
  });
}
