import ExcelJS from "exceljs";
import type { Plan, Status } from "../graph";
import { FIRST_YEAR } from "./cells";
import { columnLetter, SHEET_COLUMNS, type SheetColumnKey } from "./columns";
import { exportRows } from "./export-rows";
import { INSTRUCTIONS_SHEET, UPDATES_SHEET } from "./read-xlsx";

/** The first sheet's rows before the statuses' table: a label, and what to do. */
export function instructionSteps(plan: Plan): [string, string][] {
  return [
    ["", `Each row of the sheet "${UPDATES_SHEET}" is an action or objective of ${plan.title}.`],
    [
      "Step 1",
      "Find your rows: use the arrow in the Priority or Lead heading to show only yours, or search (Ctrl+F) for a reference or a word.",
    ],
    ["Step 2", "On each row you have news for, fill in the four white columns:"],
    ["Date", "The date of the update, typed the way you always type it, e.g. 01/10/2026."],
    ["Status", "Pick it from the cell's list. The statuses and what they mean are below."],
    ["Percent done", "A whole number from 0 to 100, if you measure it; otherwise leave it empty."],
    [
      "Summary",
      "What happened, in a sentence or two. Alt+Enter (Ctrl+Enter in LibreOffice) starts a new line; an empty line starts a new paragraph; lines starting with - make a list.",
    ],
    ["Step 3", "Leave the other rows as they are: a row with nothing filled in is skipped."],
    [
      "Step 4",
      "Save the workbook as it is (.xlsx), and send it back or add it to the inbox folder.",
    ],
    [
      "",
      "The grey columns are locked so that they are not changed by mistake. Every row is checked when the workbook is imported: if anything is wrong, nothing is added, and you are told the row and the column to correct.",
    ],
  ];
}

/** Characters a column shows on one line, per unit of its width (about one "0" each). */
const CHARACTERS_PER_WIDTH = 1.1;
const LINE_HEIGHT = 15;

/**
 * A row tall enough for its wrapped cells. Spreadsheets do not size a row to wrapped text they
 * did not type themselves (LibreOffice keeps the default height), so the export sets it.
 */
function fitHeight(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, column) => {
    if (!cell.alignment?.wrapText) return;
    const perLine = Math.max(1, Math.floor((widths[column - 1] ?? 10) * CHARACTERS_PER_WIDTH));
    const wrapped = String(cell.value ?? "")
      .split("\n")
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, wrapped);
  });
  if (lines > 1) row.height = lines * LINE_HEIGHT;
}

/**
 * The workbook a service fills in: first "How to fill this in" (the steps and every status's
 * meaning), then "Updates", a row an item with what identifies it on the left, locked and grey,
 * and the four columns to fill in on the right: a date cell shown the UK way, a drop-down of the
 * statuses' names, a whole percent from 0 to 100, wrapped text. The header row stays in view.
 * Written by exceljs from the site's own content only: a received workbook is never given to it
 * (see docs/decisions/quarterly-sheet.md).
 */
export async function exportXlsx(plan: Plan, statuses: readonly Status[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `Quarterly progress: ${plan.title}`;
  const statusRange = addInstructions(workbook, plan, statuses);
  await addUpdates(workbook, plan, statusRange, statuses);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Columns of words, shown whole on as many lines as they need. */
const WRAPPED = new Set<SheetColumnKey>(["priority", "item", "lead", "latest", "summary"]);

const GREY = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } } as const;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD0CECE" } } as const;

/** Writes the instructions sheet; answers the range of the statuses' names, for the drop-down. */
function addInstructions(workbook: ExcelJS.Workbook, plan: Plan, statuses: readonly Status[]) {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET, { views: [{ showGridLines: false }] });
  const widths = [16, 100];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.addRow([`How to report progress on ${plan.title}`]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const addWrapped = (values: [string, string]) => {
    const row = sheet.addRow(values);
    row.getCell(1).font = { bold: true };
    row.eachCell((cell) => (cell.alignment = { wrapText: true, vertical: "top" }));
    fitHeight(row, widths);
    return row;
  };
  for (const step of instructionSteps(plan)) addWrapped(step);
  sheet.addRow([]);
  const header = sheet.addRow(["Status", "What it means"]);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  const ordered = [...statuses].sort((a, b) => a.order - b.order);
  const first = header.number + 1;
  for (const status of ordered) addWrapped([status.name, status.meaning]);
  const last = first + ordered.length - 1;
  return `'${INSTRUCTIONS_SHEET}'!$A$${first}:$A$${last}`;
}

async function addUpdates(
  workbook: ExcelJS.Workbook,
  plan: Plan,
  statusRange: string,
  statuses: readonly Status[],
) {
  const sheet = workbook.addWorksheet(UPDATES_SHEET, {
    views: [{ state: "frozen", xSplit: 1, ySplit: 1, activeCell: "F2" }],
  });
  sheet.columns = SHEET_COLUMNS.map(({ key, header, width }) => ({ key, header, width }));
  const rows = exportRows(plan);
  sheet.addRows(rows);
  const last = rows.length + 1;
  sheet.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  const rules = validations(statusRange, statuses);
  SHEET_COLUMNS.forEach(({ key, fill }, index) => {
    for (let row = 2; row <= last; row++) {
      const cell = sheet.getCell(row, index + 1);
      cell.alignment = { vertical: "top", wrapText: WRAPPED.has(key) };
      if (fill) {
        cell.protection = { locked: false };
        // The percent column keeps Excel's General format: a "40%" pasted past the rule then shows
        // as 40% (and imports as 40), where a "0" format would show it, and save it to CSV, as 0.
        cell.numFmt = key === "date" ? "dd/mm/yyyy" : key === "percent" ? "General" : "@";
        const rule = rules[key];
        if (rule) cell.dataValidation = rule;
      } else {
        cell.fill = GREY;
      }
    }
  });
  const widths = SHEET_COLUMNS.map((column) => column.width);
  for (let row = 2; row <= last; row++) fitHeight(sheet.getRow(row), widths);
  sheet.autoFilter = `A1:${columnLetter(SHEET_COLUMNS.length)}${last}`;
  sheet.pageSetup = {
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  };
  // No password: the lock only keeps the grey columns from being changed by mistake.
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

/** What each column to fill in accepts, as the spreadsheet checks it while a service types. */
function validations(
  statusRange: string,
  statuses: readonly Status[],
): Partial<Record<SheetColumnKey, ExcelJS.DataValidation>> {
  const names = [...statuses].sort((a, b) => a.order - b.order).map((s) => s.name);
  return {
    // From 2000 only: exceljs writes every date rule's formula as a date, so "not after TODAY()"
    // cannot be said here; the importer checks it.
    date: {
      type: "date",
      operator: "greaterThanOrEqual",
      allowBlank: true,
      formulae: [new Date(Date.UTC(FIRST_YEAR, 0, 1))],
      showErrorMessage: true,
      errorTitle: "Date",
      error: `A date from ${FIRST_YEAR} to today, typed the way you always do, e.g. 01/10/2026.`,
      showInputMessage: true,
      promptTitle: "Date",
      prompt: "The date of the update, e.g. 01/10/2026.",
    },
    status: {
      type: "list",
      allowBlank: true,
      formulae: [statusRange],
      showErrorMessage: true,
      errorTitle: "Status",
      error: `Pick one of: ${names.join(", ")}.`,
    },
    percent: {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: "Percent done",
      error: "A whole number from 0 to 100, or leave it empty.",
    },
  };
}
