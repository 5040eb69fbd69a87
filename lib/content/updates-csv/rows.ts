import { parse } from "csv-parse/sync";

/** The columns a quarterly update sheet must have; others (the template's text, lead…) are kept out. */
export const UPDATE_COLUMNS = ["reference", "date", "status", "percent", "summary"] as const;
export type UpdateColumn = (typeof UPDATE_COLUMNS)[number];

export interface SheetRow {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  values: Record<UpdateColumn, string>;
}

export interface SheetProblem {
  row: number;
  column?: string;
  value?: string;
  message: string;
  expected?: string;
  hint?: string;
}

/**
 * Reads a sheet as Excel and LibreOffice save it: UTF-8 with or without a byte-order mark, CRLF
 * or LF line ends, quoted fields with commas and line breaks. Rows left blank are skipped.
 */
export function readSheet(bytes: Uint8Array): { rows: SheetRow[]; problems: SheetProblem[] } {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          message: "The file is not UTF-8 text.",
          expected: "a CSV file saved as 'CSV UTF-8 (Comma delimited)'",
          hint: "In Excel choose File → Save As → CSV UTF-8; in LibreOffice choose the UTF-8 character set.",
        },
      ],
    };
  }
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const { lines, message } = error as { lines?: number; message?: string };
    return {
      rows: [],
      problems: [
        {
          row: lines ?? 1,
          message: `The file cannot be read as CSV: ${message ?? String(error)}`,
          hint: 'Check for a quote mark (") that opens a cell and is never closed.',
        },
      ],
    };
  }
  return rowsOf(records);
}

function rowsOf(records: string[][]): { rows: SheetRow[]; problems: SheetProblem[] } {
  const [header = [], ...body] = records;
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = UPDATE_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return {
      rows: [],
      problems: [
        {
          row: 1,
          message: `The first row does not name the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`,
          expected: `a first row with the columns ${UPDATE_COLUMNS.join(",")}`,
          value: header.join(","),
          hint: "Start from the template: npm run content:export-updates -- <plan>.",
        },
      ],
    };
  }
  const rows: SheetRow[] = [];
  body.forEach((record, index) => {
    const values = Object.fromEntries(
      UPDATE_COLUMNS.map((column) => [
        column,
        // A line break inside a cell is CRLF when Excel saved it: keep the break, not the CR.
        (record[names.indexOf(column)] ?? "").replace(/\r\n?/g, "\n").trim(),
      ]),
    ) as Record<UpdateColumn, string>;
    // A template row the service left blank (only its reference, text and lead): nothing to add.
    if (UPDATE_COLUMNS.every((column) => column === "reference" || values[column] === "")) return;
    rows.push({ row: index + 2, values });
  });
  return { rows, problems: [] };
}
