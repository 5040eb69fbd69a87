/**
 * A sheet as the importer sees it, whatever file it came from: cells by the spreadsheet's own row
 * and column numbers, each with what the spreadsheet knows of it (a CSV knows only text; a
 * workbook knows dates, numbers and their formats, and formulas).
 */
export type Cell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  /** A number; `percent` when its format shows it as a percentage (0.4 shown as 40%). */
  | { kind: "number"; value: number; percent: boolean }
  /** A date cell, as YYYY-MM-DD (a workbook keeps dates as numbers formatted as dates). */
  | { kind: "date"; date: string }
  | { kind: "formula"; formula: string }
  /** An error (#N/A) or a true/false value: nothing the sheet asks for. */
  | { kind: "other"; text: string };

export interface SheetTable {
  /** The sheet's name in a workbook; a CSV file has none. */
  sheetName?: string;
  /** Rows in order, the header first; a row's cells by column number from 1. */
  rows: { row: number; cells: Map<number, Cell> }[];
}

export interface SheetProblem {
  /** The row as the spreadsheet numbers it: the header is row 1; 0 for the file as a whole. */
  row: number;
  /** The column as the sheet shows it, e.g. "G (Status)". */
  column?: string;
  /** The cell as it was read (quoted, shortened and made visible when printed). */
  value?: string;
  message: string;
  expected?: string;
  hint?: string;
}

export const EMPTY: Cell = { kind: "empty" };

/** A cell as text, for messages and for the columns where text is expected. */
export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
    case "other":
      return cell.text;
    case "number":
      return cell.percent ? `${cell.value * 100}%` : String(cell.value);
    case "date":
      return cell.date;
    case "formula":
      return `=${cell.formula}`;
  }
}

/** A problem that concerns the whole file, before any row can be read. */
export function fileProblem(message: string, hint?: string, expected?: string): SheetProblem {
  return { row: 0, message, ...(expected ? { expected } : {}), ...(hint ? { hint } : {}) };
}
