import {
  columnLetter,
  columnOfHeader,
  headerOf,
  IMPORTED_COLUMNS,
  type ImportedColumn,
} from "./columns";
import { SHEET_LIMITS } from "./limits";
import { readCsv } from "./read-csv";
import { readXlsx } from "./read-xlsx";
import {
  cellText,
  EMPTY,
  fileProblem,
  type Cell,
  type SheetProblem,
  type SheetTable,
} from "./table";

export type { SheetProblem } from "./table";

/** One row of updates: its cells in the columns the import reads, named as the sheet names them. */
export interface SheetRow {
  /** The row as the spreadsheet numbers it: the header is row 1. */
  row: number;
  cells: Record<ImportedColumn, Cell>;
  /** Each column as the sheet shows it, e.g. "G (Status)", for messages. */
  columns: Record<ImportedColumn, string>;
}

/**
 * Reads a sheet of updates from the bytes of an .xlsx workbook or a CSV file (told apart by their
 * first bytes, not their names), and finds the columns by the header row's names.
 */
export async function readSheet(
  bytes: Uint8Array,
): Promise<{ rows: SheetRow[]; problems: SheetProblem[] }> {
  const read = await readTable(bytes);
  if ("problems" in read) return { rows: [], problems: read.problems };
  return rowsOf(read.table);
}

function readTable(bytes: Uint8Array) {
  if (bytes.length > SHEET_LIMITS.fileBytes) {
    return { problems: [tooLarge(bytes.length)] };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return readXlsx(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      problems: [
        fileProblem(
          "This is an old Excel 97–2003 workbook (.xls), or a workbook protected by a password.",
          "Remove any password, then save it as an Excel Workbook (.xlsx) and import that.",
        ),
      ],
    };
  }
  return readCsv(bytes);
}

export function tooLarge(bytes: number): SheetProblem {
  return fileProblem(
    `The file is ${(bytes / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB; a sheet of updates is at most ${SHEET_LIMITS.fileBytes / 1_000_000} MB.`,
    "Check that this is the sheet of updates; import a very long one in several parts.",
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function rowsOf(table: SheetTable): { rows: SheetRow[]; problems: SheetProblem[] } {
  const [header, ...body] = table.rows;
  const found = new Map<ImportedColumn, number>();
  for (const [column, cell] of header?.cells ?? []) {
    const key = columnOfHeader(cellText(cell));
    if (key && !found.has(key)) found.set(key, column);
  }
  const missing = IMPORTED_COLUMNS.filter((column) => !found.has(column));
  if (missing.length > 0 || !header) {
    return { rows: [], problems: [headerProblem(header?.row ?? 1, missing, table.sheetName)] };
  }
  if (body.length > SHEET_LIMITS.rows) {
    return {
      rows: [],
      problems: [
        {
          row: body[SHEET_LIMITS.rows]!.row,
          message: `The sheet has more than ${SHEET_LIMITS.rows.toLocaleString("en-GB")} rows of updates.`,
          hint: "Import the rows in several smaller sheets.",
        },
      ],
    };
  }
  const columns = Object.fromEntries(
    IMPORTED_COLUMNS.map((key) => {
      const number = found.get(key)!;
      return [key, `${columnLetter(number)} (${cellText(header.cells.get(number)!).trim()})`];
    }),
  ) as SheetRow["columns"];
  const rows: SheetRow[] = [];
  for (const { row, cells } of body) {
    const picked = Object.fromEntries(
      IMPORTED_COLUMNS.map((key) => [key, cells.get(found.get(key)!) ?? EMPTY]),
    ) as SheetRow["cells"];
    // A row the service left as it was (only what identifies it): nothing to add.
    if (IMPORTED_COLUMNS.every((key) => key === "reference" || picked[key].kind === "empty")) {
      continue;
    }
    rows.push({ row, cells: picked, columns });
  }
  return { rows, problems: [] };
}

function headerProblem(
  row: number,
  missing: readonly ImportedColumn[],
  sheetName: string | undefined,
): SheetProblem {
  const names = missing.map((key) => `"${headerOf(key)}"`).join(", ");
  return {
    row,
    message: `The first row${sheetName ? ` of the sheet "${sheetName}"` : ""} does not name the column${missing.length > 1 ? "s" : ""} ${names}.`,
    expected: `a first row naming the columns ${IMPORTED_COLUMNS.map((key) => `"${headerOf(key)}"`).join(", ")}`,
    hint: "Start from the sheet that npm run content:export-updates -- <plan> makes, and keep its first row.",
  };
}
