/**
 * The columns of the quarterly sheet, in the order a service reads them: what identifies the item
 * on the left (locked in the workbook), then the four columns to fill in. The workbook, the CSV
 * and the importer all take their headers from here, so a sheet saved from either imports.
 */
export const SHEET_COLUMNS = [
  { key: "reference", header: "Reference", width: 12, fill: false },
  { key: "priority", header: "Priority", width: 30, fill: false },
  { key: "item", header: "Action or objective", width: 60, fill: false },
  { key: "lead", header: "Lead", width: 22, fill: false },
  { key: "latest", header: "Latest update", width: 26, fill: false },
  { key: "date", header: "Date", width: 13, fill: true },
  { key: "status", header: "Status", width: 14, fill: true },
  { key: "percent", header: "Percent done", width: 10, fill: true },
  { key: "summary", header: "Summary", width: 60, fill: true },
] as const;

export type SheetColumnKey = (typeof SHEET_COLUMNS)[number]["key"];

/** The columns the importer reads: the reference and the four that are filled in. */
export const IMPORTED_COLUMNS = ["reference", "date", "status", "percent", "summary"] as const;
export type ImportedColumn = (typeof IMPORTED_COLUMNS)[number];

/** Other names a header may have: the first sheets were CSV files with lower-case keys. */
const ALIASES: Record<ImportedColumn, readonly string[]> = {
  reference: ["reference", "ref"],
  date: ["date", "date of update"],
  status: ["status"],
  percent: ["percent done", "percent", "% done", "percent complete"],
  summary: ["summary"],
};

/** The imported column a header names, whatever its case and spacing, or none. */
export function columnOfHeader(header: string): ImportedColumn | undefined {
  const words = header.replace(/\s+/g, " ").trim().toLowerCase();
  return IMPORTED_COLUMNS.find((column) => ALIASES[column].includes(words));
}

export function headerOf(key: SheetColumnKey): string {
  return SHEET_COLUMNS.find((column) => column.key === key)!.header;
}

/** A spreadsheet's letter for a column numbered from 1: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The number of a column from its letters: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters.toUpperCase()) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}
