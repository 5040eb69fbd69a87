import type { Status } from "../graph";
import { findHiddenCharacter, hiddenCharacterProblem } from "../hidden-characters";
import { nearest } from "../nearest";
import { SHEET_LIMITS } from "./limits";
import type { Cell } from "./table";

/** What is wrong with one cell, and how to put it right. */
export interface CellProblem {
  message: string;
  expected?: string;
  hint?: string;
}

export type Read<T> = { value: T } | { problem: CellProblem };

/** The first year an update may be dated: the plans start in 2018; 0001 is a typing slip. */
export const FIRST_YEAR = 2000;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const DATE_EXPECTED = `a date from ${FIRST_YEAR} to today, such as 01/10/2026 (day, month, year) or 2026-10-01`;

/**
 * The date of an update: a date cell, or text as the council writes dates (dd/mm/yyyy, day
 * first) or as the site does (yyyy-mm-dd); from 2000 to today.
 */
export function readDate(cell: Cell, today: string): Read<string> {
  const refused = refusedKind(cell, "date");
  if (refused) return refused;
  if (cell.kind === "number") {
    return dateProblem(
      `This is the number ${cell.value}, not a date.`,
      "Type the date again, e.g. 01/10/2026, in a cell formatted as a date.",
    );
  }
  const written = cell.kind === "date" ? cell.date : cell.kind === "text" ? cell.text.trim() : "";
  const parts = dateParts(written);
  if (!parts) {
    return dateProblem(
      "This is not a date the import can read.",
      /^\d{1,2}\/\d{1,2}\/\d{2}$/.test(written)
        ? "Write the year in full: 01/10/2026, not 01/10/26."
        : "Write it as 01/10/2026 (day, month, year), or as 2026-10-01.",
    );
  }
  return checkDay(parts, today);
}

function dateParts(
  written: string,
): { year: number; month: number; day: number; uk: boolean } | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), uk: false };
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(written);
  if (uk) return { year: Number(uk[3]), month: Number(uk[2]), day: Number(uk[1]), uk: true };
  return undefined;
}

function checkDay(
  { year, month, day, uk }: { year: number; month: number; day: number; uk: boolean },
  today: string,
): Read<string> {
  if (month < 1 || month > 12) {
    return dateProblem(
      `There is no month ${month}.`,
      uk
        ? `Dates are read day first, as in the UK: ${String(month).padStart(2, "0")}/${String(day).padStart(2, "0")}/${year} if you meant ${MONTHS[day - 1] ?? "that month"}.`
        : "Check the month: the form is year-month-day, e.g. 2026-10-01.",
    );
  }
  if (year < FIRST_YEAR) return dateProblem(`The date is before ${FIRST_YEAR}.`, "Check the year.");
  const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) {
    return dateProblem(
      `There is no ${day} ${MONTHS[month - 1]} ${year}: the date does not exist.`,
      "Check the day and the month.",
    );
  }
  if (date > today) {
    return dateProblem(
      `The date is after today (${ukDate(today)}).`,
      "An update reports what has happened: date it today or earlier.",
      `a date on or before ${ukDate(today)}`,
    );
  }
  return { value: date };
}

/** YYYY-MM-DD as the council writes it: 01/10/2026. */
export function ukDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${day}/${month}/${year}`;
}

/**
 * How much is done: a whole number from 0 to 100, in digits (40.00 counts), with or without a % sign; or a
 * number cell, where a cell formatted as a percentage holds 40% as 0.4.
 */
export function readPercent(cell: Cell): Read<number | undefined> {
  if (cell.kind === "empty") return { value: undefined };
  const refused = refusedKind(cell, "percent");
  if (refused) return refused;
  let value: number | undefined;
  if (cell.kind === "number") {
    const scaled = cell.percent ? cell.value * 100 : cell.value;
    const rounded = Math.round(scaled);
    value = Math.abs(scaled - rounded) < 1e-9 && !Object.is(rounded, -0) ? rounded : undefined;
  } else if (cell.kind === "text") {
    // A spreadsheet saving a percentage "as shown" may write 40.00%: a whole number all the same.
    const digits = /^\s*(\d{1,3})(?:\.0+)?\s*%?\s*$/.exec(cell.text);
    value = digits ? Number(digits[1]) : undefined;
  }
  if (value === undefined || value < 0 || value > 100) {
    const typedAsPercent =
      cell.kind === "number" && !cell.percent && cell.value > 0 && cell.value < 1;
    return problem(
      "The percent done is not a whole number from 0 to 100.",
      typedAsPercent
        ? `A spreadsheet keeps ${Math.round(cell.value * 100)}% as ${cell.value}: type ${Math.round(cell.value * 100)} instead.`
        : "Write a whole number, such as 40 or 40%, or leave the cell empty.",
      "a whole number from 0 to 100 in digits, or an empty cell",
    );
  }
  return { value };
}

/** A status by its name or its id, whatever the case and spacing: people type the name they see. */
export function readStatus(cell: Cell, statuses: readonly Status[]): Read<Status> {
  const refused = refusedKind(cell, "status");
  if (refused) return refused;
  const written =
    cell.kind === "text" ? cell.text : cell.kind === "number" ? String(cell.value) : "";
  const key = simplify(written);
  const status = statuses.find((s) => simplify(s.id) === key || simplify(s.name) === key);
  if (status) return { value: status };
  const names = statuses.map((s) => s.name);
  return problem(
    written === "" ? "The status is empty." : "There is no status with this name.",
    written === ""
      ? "Pick the status from the cell's list."
      : `Pick it from the cell's list. The nearest are: ${nearest(written, names, 3).join(", ")}.`,
    `one of: ${names.join(", ")}`,
  );
}

function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/** Text the sheet asks for (a reference, a summary): the cell as typed, line ends made LF. */
export function readText(cell: Cell, column: "reference" | "summary"): Read<string> {
  const refused = refusedKind(cell, column);
  if (refused) return refused;
  const typed = cell.kind === "text" ? cell.text : cell.kind === "number" ? String(cell.value) : "";
  const text = typed.replace(/\r\n?/g, "\n").trim();
  if (text.length > SHEET_LIMITS.cellCharacters) {
    return problem(
      `The cell holds more than ${SHEET_LIMITS.cellCharacters.toLocaleString("en-GB")} characters, more than a spreadsheet cell can.`,
      "Shorten it: a summary says what happened in a sentence or two, with a link to more.",
    );
  }
  const hidden = findHiddenCharacter(text);
  if (hidden) {
    const { message } = hiddenCharacterProblem(hidden.code);
    return problem(
      message,
      "Retype the text around it, or paste it as plain text (Paste Special → Unformatted text).",
    );
  }
  return { value: text };
}

/** Formulas, errors and true/false values are nothing the sheet asks for, in any column. */
function refusedKind(cell: Cell, column: string): { problem: CellProblem } | undefined {
  if (cell.kind === "formula") {
    return problem(
      "The cell holds a formula; the import takes only values typed in, never a formula's result.",
      "Type the value itself, or copy the cell and paste it back as a value (Paste Special → Values).",
    );
  }
  if (cell.kind === "other") {
    return problem(
      `The cell holds ${/^#/.test(cell.text) ? "an error" : "a true/false value"}, not a ${column}.`,
      `Type the ${column} itself.`,
    );
  }
  if (cell.kind === "date" && column !== "date") {
    return problem(`The cell holds a date, not a ${column}.`, `Type the ${column} itself.`);
  }
  return undefined;
}

function problem(message: string, hint?: string, expected?: string): { problem: CellProblem } {
  return { problem: { message, ...(expected ? { expected } : {}), ...(hint ? { hint } : {}) } };
}

function dateProblem(message: string, hint: string, expected = DATE_EXPECTED) {
  return problem(message, hint, expected);
}
