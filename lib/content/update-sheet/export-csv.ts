import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "../csv-cells";
import type { Plan } from "../graph";
import { SHEET_COLUMNS } from "./columns";
import { exportRows } from "./export-rows";

/**
 * The sheet as CSV (`--csv`), for those who prefer it: the workbook's columns and headers, written
 * with a byte-order mark and CRLF, so Excel opens it as UTF-8. It has no instructions, drop-down or
 * locked columns: the workbook is the better way.
 */
export function exportCsv(plan: Plan): string {
  return stringify(exportRows(plan), {
    bom: true,
    header: true,
    columns: SHEET_COLUMNS.map(({ key, header }) => ({ key, header })),
    quoted: true,
    quoted_empty: true,
    record_delimiter: "windows",
    cast: { string: neutraliseFormula },
  });
}
