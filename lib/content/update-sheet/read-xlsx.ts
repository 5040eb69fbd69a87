import path from "node:path";
import type { SaxesParser } from "saxes";
import { columnNumber } from "./columns";
import { SHEET_LIMITS } from "./limits";
import { isDateFormat, isPercentFormat, serialToDate } from "./number-formats";
import { fileProblem, type Cell, type SheetProblem, type SheetTable } from "./table";
import { openWorkbookZip, SheetRefusal, type WorkbookZip } from "./zip-parts";

/** The sheet the exported workbook fills in; its instructions sheet is never read. */
export const UPDATES_SHEET = "Updates";
export const INSTRUCTIONS_SHEET = "How to fill this in";

/** Columns read from each row: the sheet's own are the first nine; more leaves room for added ones. */
const COLUMNS_READ = 30;

/**
 * Reads the sheet of updates from an .xlsx workbook: its cells with what Excel or LibreOffice
 * saved of them (dates as dates, numbers with their percent format, formulas as formulas). Only
 * the parts that hold it are unpacked, each within the limits of lib/content/update-sheet/limits.ts,
 * and a workbook with macros or links to other files is refused before anything else is read.
 * Our own reader rather than a spreadsheet library's: see docs/decisions/quarterly-sheet.md.
 */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ table: SheetTable } | { problems: SheetProblem[] }> {
  try {
    const zip = await openWorkbookZip(bytes);
    screenParts(zip.names);
    const workbook = await readWorkbook(zip);
    const styles = await readStyles(zip);
    const sheet = await readSheetCells(zip, workbook.sheetPath, styles, workbook.date1904);
    const strings = await readSharedStrings(zip, sheet.stringsUsed);
    return { table: { sheetName: workbook.sheetName, rows: resolveStrings(sheet.rows, strings) } };
  } catch (error) {
    if (error instanceof SheetRefusal) return { problems: [error.problem] };
    throw error;
  }
}

/** Refuses what is not a plain workbook, from the names of its parts alone. */
function screenParts(names: readonly string[]): void {
  const has = (pattern: RegExp) => names.some((name) => pattern.test(name));
  const refuse = (message: string, hint: string) => {
    throw new SheetRefusal(fileProblem(message, hint));
  };
  if (has(/(^|\/)vbaProject\.bin$/i) || has(/(^|\/)activeX\//i)) {
    refuse(
      "The workbook holds macros (a macro-enabled .xlsm file); the import never opens one.",
      "Save it as an Excel Workbook (.xlsx), which keeps the cells and drops the macros, and import that.",
    );
  }
  if (has(/^xl\/externalLinks\//i)) {
    refuse(
      "The workbook links to other files (external links); the import never follows them.",
      "Break the links (Data → Edit Links → Break Link in Excel) or paste the cells as values, save, and import again.",
    );
  }
  if (has(/^content\.xml$/i)) {
    refuse(
      "This is an OpenDocument spreadsheet (.ods), not an Excel workbook.",
      "Save it as an Excel Workbook (.xlsx) or as CSV UTF-8, and import that.",
    );
  }
  if (has(/^xl\/workbook\.bin$/i)) {
    refuse(
      "This is a binary Excel workbook (.xlsb).",
      "Save it as an Excel Workbook (.xlsx), and import that.",
    );
  }
  if (!has(/^xl\/workbook\.xml$/i)) {
    refuse(
      "The file is a zip archive but not an Excel workbook (.xlsx).",
      "Import the workbook that content:export-updates made, filled in and saved as .xlsx.",
    );
  }
}

interface Workbook {
  sheetName: string;
  sheetPath: string;
  date1904: boolean;
}

async function readWorkbook(zip: WorkbookZip): Promise<Workbook> {
  const sheets: { name: string; id: string }[] = [];
  let date1904 = false;
  await zip.parse("xl/workbook.xml", (parser) =>
    parser.on("opentag", ({ name, attributes }) => {
      const local = localName(name);
      if (local === "workbookPr") date1904 = ["1", "true"].includes(String(attributes.date1904));
      if (local === "sheet" && sheets.length < SHEET_LIMITS.zipEntries) {
        const id = Object.entries(attributes).find(([key]) => localName(key) === "id")?.[1];
        sheets.push({ name: String(attributes.name ?? ""), id: String(id ?? "") });
      }
    }),
  );
  const targets = new Map<string, string>();
  await zip.parse("xl/_rels/workbook.xml.rels", (parser) =>
    parser.on("opentag", ({ name, attributes }) => {
      if (localName(name) === "Relationship" && targets.size < SHEET_LIMITS.zipEntries) {
        targets.set(String(attributes.Id), String(attributes.Target ?? ""));
      }
    }),
  );
  const chosen =
    sheets.find((sheet) => sheet.name.toLowerCase() === UPDATES_SHEET.toLowerCase()) ??
    sheets.find((sheet) => sheet.name !== INSTRUCTIONS_SHEET);
  const target = chosen && targets.get(chosen.id);
  if (!chosen || !target) {
    throw new SheetRefusal(
      fileProblem(
        `The workbook has no sheet of updates (a sheet named "${UPDATES_SHEET}").`,
        "Import the workbook that content:export-updates made, filled in.",
      ),
    );
  }
  const sheetPath = target.startsWith("/")
    ? target.slice(1)
    : path.posix.normalize(path.posix.join("xl", target));
  return { sheetName: chosen.name, sheetPath, date1904 };
}

interface Styles {
  /** A cell style's index → what its number format says of the number. */
  kinds: ("date" | "percent" | "number")[];
}

async function readStyles(zip: WorkbookZip): Promise<Styles> {
  const formats = new Map<number, string>();
  const kinds: Styles["kinds"] = [];
  let inCellXfs = false;
  await zip.parse("xl/styles.xml", (parser) => {
    parser.on("opentag", ({ name, attributes }) => {
      const local = localName(name);
      if (local === "numFmt") {
        formats.set(Number(attributes.numFmtId), String(attributes.formatCode ?? ""));
      }
      if (local === "cellXfs") inCellXfs = true;
      if (local === "xf" && inCellXfs && kinds.length < 100_000) {
        const id = Number(attributes.numFmtId ?? 0);
        const code = formats.get(id);
        kinds.push(
          isDateFormat(id, code) ? "date" : isPercentFormat(id, code) ? "percent" : "number",
        );
      }
    });
    parser.on("closetag", ({ name }) => {
      if (localName(name) === "cellXfs") inCellXfs = false;
    });
  });
  return { kinds };
}

/** A cell as the sheet holds it, before shared strings are looked up. */
type RawCell = Cell | { kind: "shared"; index: number };

interface SheetCells {
  rows: { row: number; cells: Map<number, RawCell> }[];
  stringsUsed: Set<number>;
}

/**
 * Reads the sheet's cells in the first columns, row by row, keeping at most the limits' rows and
 * characters; text shared between cells is looked up afterwards, and only for the cells kept.
 */
async function readSheetCells(
  zip: WorkbookZip,
  sheetPath: string,
  styles: Styles,
  date1904: boolean,
): Promise<SheetCells> {
  const reader = new SheetReader(styles, date1904);
  const found = await zip.parse(sheetPath, (parser) => reader.listen(parser));
  if (!found) {
    throw new SheetRefusal(
      fileProblem("The workbook's sheet of updates is missing.", "Save the workbook again."),
    );
  }
  return { rows: reader.rows, stringsUsed: reader.stringsUsed };
}

class SheetReader {
  readonly rows: SheetCells["rows"] = [];
  readonly stringsUsed = new Set<number>();
  private rowNumber = 0;
  private columnNumber = 0;
  private cell?: { type: string; style: number; value: string; formula?: string; keep: boolean };
  private textTarget?: "value" | "formula";
  private inPhonetic = false;
  private kept = 0;

  constructor(
    private readonly styles: Styles,
    private readonly date1904: boolean,
  ) {}

  listen(parser: SaxesParser): void {
    parser.on("opentag", ({ name, attributes }) => this.open(localName(name), attributes));
    parser.on("closetag", ({ name }) => this.close(localName(name)));
    parser.on("text", (text) => this.text(text));
  }

  private open(name: string, attributes: Record<string, string>): void {
    if (name === "row") {
      this.rowNumber = attributes.r ? Number(attributes.r) : this.rowNumber + 1;
      this.columnNumber = 0;
    } else if (name === "c") {
      this.columnNumber = attributes.r ? columnOfReference(attributes.r) : this.columnNumber + 1;
      this.cell = {
        type: attributes.t ?? "n",
        style: Number(attributes.s ?? 0),
        value: "",
        keep: this.columnNumber >= 1 && this.columnNumber <= COLUMNS_READ,
      };
    } else if (name === "v" || (name === "t" && !this.inPhonetic)) {
      this.textTarget = "value";
    } else if (name === "f" && this.cell) {
      this.cell.formula = "";
      this.textTarget = "formula";
    } else if (name === "rPh") {
      this.inPhonetic = true;
    }
  }

  private text(text: string): void {
    const cell = this.cell;
    if (!cell?.keep || !this.textTarget) return;
    const room = SHEET_LIMITS.cellCharacters + 1 - cell.value.length;
    if (this.textTarget === "formula") cell.formula = (cell.formula + text).slice(0, 200);
    else if (room > 0) cell.value += text.slice(0, room);
    this.kept += Math.min(text.length, Math.max(room, 0));
    if (this.kept > SHEET_LIMITS.keptCharacters) {
      throw new SheetRefusal(
        fileProblem(
          "The sheet holds more text than a sheet of updates can hold.",
          "Import the rows in several smaller sheets.",
        ),
      );
    }
  }

  private close(name: string): void {
    if (name === "v" || name === "t" || name === "f") this.textTarget = undefined;
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === "c") this.finishCell();
  }

  private finishCell(): void {
    const raw = this.cell;
    this.cell = undefined;
    if (!raw?.keep) return;
    const cell = this.cellOf(raw);
    if (cell.kind === "empty") return;
    if (this.rowNumber > SHEET_LIMITS.rows + 1) {
      throw new SheetRefusal({
        row: this.rowNumber,
        message: `The sheet has more than ${SHEET_LIMITS.rows.toLocaleString("en-GB")} rows of updates.`,
        hint: "Import the rows in several smaller sheets, or delete rows far below the others.",
      });
    }
    let row = this.rows.at(-1);
    if (row?.row !== this.rowNumber) {
      row = { row: this.rowNumber, cells: new Map() };
      this.rows.push(row);
    }
    row.cells.set(this.columnNumber, cell);
  }

  private cellOf(raw: NonNullable<SheetReader["cell"]>): RawCell {
    if (raw.formula !== undefined) return { kind: "formula", formula: raw.formula || "…" };
    const value = raw.value;
    switch (raw.type) {
      case "s": {
        if (value.trim() === "") return { kind: "empty" };
        const index = Number(value);
        this.stringsUsed.add(index);
        return { kind: "shared", index };
      }
      case "inlineStr":
      case "str":
        return textCell(value);
      case "b":
        return { kind: "other", text: value === "1" ? "TRUE" : "FALSE" };
      case "e":
        return { kind: "other", text: value };
      case "d":
        return { kind: "date", date: value.slice(0, 10) };
      default:
        return this.numberCell(value, raw.style);
    }
  }

  private numberCell(value: string, style: number): Cell {
    if (value.trim() === "") return { kind: "empty" };
    const number = Number(value);
    const kind = this.styles.kinds[style] ?? "number";
    if (kind === "date") {
      const date = serialToDate(number, this.date1904);
      if (date) return { kind: "date", date };
    }
    return { kind: "number", value: number, percent: kind === "percent" };
  }
}

async function readSharedStrings(
  zip: WorkbookZip,
  used: ReadonlySet<number>,
): Promise<Map<number, string>> {
  const strings = new Map<number, string>();
  if (used.size === 0) return strings;
  let index = -1;
  let inText = false;
  let inPhonetic = false;
  let current = "";
  await zip.parse("xl/sharedStrings.xml", (parser) => {
    parser.on("opentag", ({ name }) => {
      const local = localName(name);
      if (local === "si") {
        index++;
        current = "";
      } else if (local === "rPh") inPhonetic = true;
      else if (local === "t" && !inPhonetic) inText = used.has(index);
    });
    parser.on("text", (text) => {
      if (inText && current.length <= SHEET_LIMITS.cellCharacters) {
        current += text.slice(0, SHEET_LIMITS.cellCharacters + 1 - current.length);
      }
    });
    parser.on("closetag", ({ name }) => {
      const local = localName(name);
      if (local === "t") inText = false;
      else if (local === "rPh") inPhonetic = false;
      else if (local === "si" && used.has(index)) strings.set(index, current);
    });
  });
  return strings;
}

function resolveStrings(
  rows: SheetCells["rows"],
  strings: ReadonlyMap<number, string>,
): SheetTable["rows"] {
  return rows.map(({ row, cells }) => ({
    row,
    cells: new Map(
      [...cells].map(([column, cell]) => [
        column,
        cell.kind === "shared" ? textCell(strings.get(cell.index) ?? "") : cell,
      ]),
    ),
  }));
}

/**
 * Text as a workbook keeps it: Excel writes a character XML cannot hold as `_xHHHH_` (a carriage
 * return as `_x000D_`), and a line break in a cell as CRLF or LF.
 */
function textCell(raw: string): Cell {
  const text = raw
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\r\n?/g, "\n");
  return text.trim() === "" ? { kind: "empty" } : { kind: "text", text };
}

function columnOfReference(reference: string): number {
  return columnNumber(/^[A-Za-z]{1,3}/.exec(reference)?.[0] ?? "");
}

/** A tag or attribute name without its namespace prefix: workbooks may write `x:row` for `row`. */
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}
