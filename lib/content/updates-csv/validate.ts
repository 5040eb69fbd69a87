import type { Action, ContentGraph, Objective, Status } from "../graph";
import { COMPLETED_STATUS } from "../build/progress";
import { nearest } from "../nearest";
import { normaliseReference } from "../references";
import { isRealDate } from "../schemas/progress";
import type { SheetProblem, SheetRow } from "./rows";

/** One valid row: the update it adds, and the item it is about. */
export interface ImportedUpdate {
  row: number;
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
 * objective, a real date not after today and not twice for one item, a known status (its id or
 * its name), a whole percent from 0 to 100 (100 when completed), a summary the checks accept.
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
        row: row.row,
        column: "date",
        value: row.values.date,
        message: `Row ${first} already gives an update for ${found.update.item.reference} on this date.`,
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

type Problem = Omit<SheetProblem, "row" | "value">;

async function checkRow(
  graph: ContentGraph,
  { row, values }: SheetRow,
  options: CheckOptions,
): Promise<{ update?: ImportedUpdate; problems: SheetProblem[] }> {
  const reference = checkReference(graph, values.reference);
  const status = findStatus(graph.statuses, values.status);
  const percent = values.percent === "" ? undefined : Number(values.percent.replace(/%$/, ""));
  const found: Problem[] = [
    ...reference.problems,
    ...checkDate(values.date, options.today),
    ...(status ? [] : [statusProblem(graph.statuses, values.status)]),
    ...checkPercent(percent, status),
    ...(await checkSummary(values.summary, options)),
  ];
  const problems = found.map((problem) => ({
    row,
    value: values[problem.column as keyof typeof values],
    ...problem,
  }));
  if (problems.length > 0 || !reference.item || !status) return { problems };
  const update = {
    date: values.date,
    status: status.id,
    ...(percent !== undefined ? { percent } : {}),
    summary: values.summary,
  };
  return { update: { row, ...reference.item, update }, problems };
}

function checkReference(
  graph: ContentGraph,
  written: string,
): { item?: Pick<ImportedUpdate, "item" | "kind">; problems: Problem[] } {
  const citable = graph.byReference.get(normaliseReference(written));
  if (citable?.kind === "action")
    return { item: { item: citable.action, kind: "action" }, problems: [] };
  if (citable?.kind === "objective") {
    return { item: { item: citable.objective, kind: "objective" }, problems: [] };
  }
  const known = [...graph.byReference].filter(([, c]) => c.kind !== "priority").map(([ref]) => ref);
  const problem: Problem = {
    column: "reference",
    message: citable
      ? "Progress is reported on actions and objectives, not on whole priorities."
      : "There is no action or objective with this reference.",
    expected: "the reference of an action or objective, e.g. CP18-2.16",
    hint:
      written === ""
        ? "Fill in the reference."
        : `The nearest are: ${nearest(normaliseReference(written), known, 3).join(", ")}.`,
  };
  return { problems: [problem] };
}

function checkDate(date: string, today: string): Problem[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date)) {
    return [
      {
        column: "date",
        message: "This is not a date the site can read.",
        expected: "a date written as YYYY-MM-DD, e.g. 2026-10-01",
        hint: "In the spreadsheet, format the column as text, or type the date as 2026-10-01.",
      },
    ];
  }
  if (date > today) {
    return [
      {
        column: "date",
        message: `The date is after today (${today}).`,
        expected: `a date on or before ${today}`,
      },
    ];
  }
  return [];
}

function statusProblem(statuses: readonly Status[], written: string): Problem {
  return {
    column: "status",
    message: "There is no status with this name or id.",
    expected: `one of: ${statuses.map((s) => s.id).join(", ")}`,
    hint:
      written === ""
        ? "Fill in the status."
        : `The nearest are: ${nearest(
            written,
            statuses.map((s) => s.id),
            3,
          ).join(", ")}.`,
  };
}

function checkPercent(percent: number | undefined, status: Status | undefined): Problem[] {
  if (percent === undefined) return [];
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
    return [
      {
        column: "percent",
        message: "The percent is not a whole number from 0 to 100.",
        expected: "a whole number from 0 to 100, or an empty cell",
      },
    ];
  }
  if (status?.id === COMPLETED_STATUS && percent < 100) {
    return [
      {
        column: "percent",
        message: `A completed item is 100% done, but the row says ${percent}%.`,
        expected: "100, or an empty cell, with the status completed",
        hint: "If the work is not finished, choose another status.",
      },
    ];
  }
  return [];
}

async function checkSummary(summary: string, options: CheckOptions): Promise<Problem[]> {
  if (summary === "") {
    return [
      {
        column: "summary",
        message: "The summary is empty.",
        expected: "a sentence or two on what happened",
      },
    ];
  }
  return (await options.checkSummary(summary)).map((message) => ({
    column: "summary",
    message,
    expected: "plain text, or Markdown with links that work",
  }));
}

/** A status by its id or its name, whatever the case: people type the name they see. */
function findStatus(statuses: readonly Status[], written: string): Status | undefined {
  const key = written.trim().toLowerCase();
  return statuses.find((status) => status.id === key || status.name.toLowerCase() === key);
}
