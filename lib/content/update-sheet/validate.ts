import { COMPLETED_STATUS } from "../build/progress";
import type { Action, ContentGraph, Objective } from "../graph";
import { nearest } from "../nearest";
import { normaliseReference } from "../references";
import { readDate, readPercent, readStatus, readText, ukDate, type CellProblem } from "./cells";
import type { ImportedColumn } from "./columns";
import type { SheetRow } from "./rows";
import { cellText, type SheetProblem } from "./table";

/** One valid row: the update it adds, and the item it is about. */
export interface ImportedUpdate {
  row: number;
  /** The sheet's columns as it names them, for a problem found when the update is placed. */
  columns: SheetRow["columns"];
  item: Action | Objective;
  kind: "action" | "objective";
  update: { date: string; status: string; percent?: number; summary: string };
}

export interface CheckOptions {
  /** The date of the import, YYYY-MM-DD: no update may be dated after it. */
  today: string;
  /** Checks a summary as a body is checked (links, no raw HTML); answers the problems. */
  checkSummary: (summary: string) => Promise<string[]>;
}

/**
 * Checks every row against the content before anything is written: a reference to an action or
 * objective, a real date from 2000 to today and not twice for one item, a known status (its name
 * or id), a whole percent from 0 to 100 (100 when completed), a summary the checks accept.
 */
export async function checkRows(
  graph: ContentGraph,
  rows: readonly SheetRow[],
  options: CheckOptions,
): Promise<{ updates: ImportedUpdate[]; problems: SheetProblem[] }> {
  const updates: ImportedUpdate[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const found = await checkRow(graph, row, options);
    problems.push(...found.problems);
    if (!found.update) continue;
    const key = `${found.update.item.reference} ${found.update.update.date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        ...at(row, "date"),
        message: `Row ${first} already gives an update for ${found.update.item.reference} on ${ukDate(found.update.update.date)}.`,
        expected: "one row an item and date",
        hint: "Put both reports in one row, or correct one of the dates.",
      });
      continue;
    }
    seen.set(key, row.row);
    updates.push(found.update);
  }
  return { updates, problems };
}

async function checkRow(
  graph: ContentGraph,
  row: SheetRow,
  options: CheckOptions,
): Promise<{ update?: ImportedUpdate; problems: SheetProblem[] }> {
  const reference = checkReference(graph, row);
  const date = readDate(row.cells.date, options.today);
  const status = readStatus(row.cells.status, graph.statuses);
  const percent = readPercent(row.cells.percent);
  const summary = readText(row.cells.summary, "summary");
  const problems: SheetProblem[] = [...reference.problems];
  const note = (column: ImportedColumn, read: { problem: CellProblem } | object) => {
    if ("problem" in read) problems.push({ ...at(row, column), ...read.problem });
  };
  note("date", date);
  note("status", status);
  note("percent", percent);
  note("summary", summary);
  if ("value" in status && "value" in percent) {
    const completedBelow = completedProblem(status.value.id, percent.value);
    if (completedBelow) problems.push({ ...at(row, "percent"), ...completedBelow });
  }
  if ("value" in summary) {
    const found =
      summary.value === "" ? ["The summary is empty."] : await options.checkSummary(summary.value);
    for (const message of found) {
      problems.push({
        ...at(row, "summary"),
        message,
        expected:
          "a sentence or two on what happened: plain text, or Markdown with links that work",
      });
    }
  }
  if (
    problems.length > 0 ||
    !reference.item ||
    !("value" in date) ||
    !("value" in status) ||
    !("value" in percent) ||
    !("value" in summary)
  ) {
    return { problems };
  }
  const update = {
    date: date.value,
    status: status.value.id,
    ...(percent.value !== undefined ? { percent: percent.value } : {}),
    summary: summary.value,
  };
  return { update: { row: row.row, columns: row.columns, ...reference.item, update }, problems };
}

/** Where a problem is: the row, the column as the sheet names it, and the cell as read. */
function at(row: SheetRow, column: ImportedColumn): Pick<SheetProblem, "row" | "column" | "value"> {
  const value = cellText(row.cells[column]);
  return { row: row.row, column: row.columns[column], ...(value !== "" ? { value } : {}) };
}

function checkReference(
  graph: ContentGraph,
  row: SheetRow,
): { item?: Pick<ImportedUpdate, "item" | "kind">; problems: SheetProblem[] } {
  const read = readText(row.cells.reference, "reference");
  if ("problem" in read) return { problems: [{ ...at(row, "reference"), ...read.problem }] };
  const written = read.value;
  const citable = graph.byReference.get(normaliseReference(written));
  if (citable?.kind === "action") {
    return { item: { item: citable.action, kind: "action" }, problems: [] };
  }
  if (citable?.kind === "objective") {
    return { item: { item: citable.objective, kind: "objective" }, problems: [] };
  }
  const known = [...graph.byReference].filter(([, c]) => c.kind !== "priority").map(([ref]) => ref);
  return {
    problems: [
      {
        ...at(row, "reference"),
        message: citable
          ? "Progress is reported on actions and objectives, not on whole priorities."
          : written === ""
            ? "The reference is empty, so the row cannot be matched to an action or objective."
            : "There is no action or objective with this reference.",
        expected: "the reference of an action or objective, e.g. CP18-2.16",
        hint:
          written === ""
            ? "Fill in the reference, or copy the row from the exported sheet."
            : `The nearest are: ${nearest(normaliseReference(written), known, 3).join(", ")}.`,
      },
    ],
  };
}

function completedProblem(status: string, percent: number | undefined): CellProblem | undefined {
  if (status !== COMPLETED_STATUS || percent === undefined || percent === 100) return undefined;
  return {
    message: `A completed item is 100% done, but the row says ${percent}%.`,
    expected: "100, or an empty cell, with the status Completed",
    hint: "If the work is not finished, choose another status.",
  };
}
