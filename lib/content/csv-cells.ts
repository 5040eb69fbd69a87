/**
 * Text a spreadsheet would run as a formula starts with one of these (OWASP, "CSV Injection"):
 * council staff open the site's CSV files in Excel, so such a cell is written with a leading
 * apostrophe, which Excel and LibreOffice show as plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
