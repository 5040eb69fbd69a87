import { stringify } from "csv-stringify/sync";

/**
 * Text a spreadsheet would run as a formula starts with one of these (OWASP, "CSV Injection"):
 * council staff open these files in Excel, so such a cell is written with a leading apostrophe,
 * which Excel and LibreOffice show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

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
