import { parse } from "csv-parse/sync";
import { SHEET_LIMITS } from "./limits";
import { fileProblem, type Cell, type SheetProblem, type SheetTable } from "./table";

/**
 * Reads a CSV file as Excel and LibreOffice save it: UTF-8 with or without a byte-order mark (or
 * Windows-1252, which UK Excel's plain "CSV (Comma delimited)" writes), separated by commas or by
 * semicolons (Excel in locales whose decimal mark is a comma), CRLF or LF line ends, quoted cells
 * with separators and line breaks inside.
 */
export function readCsv(bytes: Uint8Array): { table: SheetTable } | { problems: SheetProblem[] } {
  const text = decode(bytes);
  if (typeof text !== "string") return { problems: [text] };
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: separatorOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
      // One more than allowed, to tell a sheet that is too long without reading all of it.
      to: SHEET_LIMITS.rows + 2,
      max_record_size: SHEET_LIMITS.cellCharacters * 8,
    }) as string[][];
  } catch (error) {
    return { problems: [csvProblem(error)] };
  }
  const rows = records.map((record, index) => ({
    row: index + 1,
    cells: new Map<number, Cell>(
      record.map((value, column) => [
        column + 1,
        value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value },
      ]),
    ),
  }));
  return { table: { rows } };
}

function decode(bytes: Uint8Array): string | SheetProblem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileProblem(
      "The file is saved as UTF-16 ('Unicode Text'), which the import does not read.",
      "Save it again as 'CSV UTF-8 (Comma delimited)', or as an Excel Workbook (.xlsx).",
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Windows-1252 leaves these five bytes undefined: a file holding one is neither.
    if (bytes.some((byte) => [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte))) {
      return fileProblem(
        "The file is not UTF-8 text, nor Windows text as Excel saves it.",
        "Save it as 'CSV UTF-8 (Comma delimited)', or as an Excel Workbook (.xlsx).",
      );
    }
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252's characters for 0x80–0x9F; the rest of its bytes are Latin-1's. */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Node's own decoder reads "windows-1252" as Latin-1, which has no curly quotes: map them here. */
function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) {
    text +=
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  }
  return text;
}

/** The separator of the header line: a semicolon where it has more of them than commas. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (separator: string) => firstLine.split(separator).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

function csvProblem(error: unknown): SheetProblem {
  // `records` is how many were read before the one that failed: its row, counting from 1, is one more.
  const { code, records } = error as { code?: string; records?: number };
  const row = (records ?? 0) + 1;
  if (code === "CSV_MAX_RECORD_SIZE") {
    return {
      row,
      message: `A row is longer than a spreadsheet can hold (${SHEET_LIMITS.cellCharacters.toLocaleString("en-GB")} characters a cell).`,
      hint: 'Shorten the summary, or check for a quote mark (") that opens a cell and is never closed.',
    };
  }
  return {
    row,
    message: "The file cannot be read as CSV: a cell's quote marks do not match.",
    hint: 'Check for a quote mark (") that opens a cell and is never closed.',
  };
}
