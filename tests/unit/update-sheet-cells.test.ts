import { describe, expect, it } from "vitest";
import type { Status } from "@/lib/content/graph";
import { readDate, readPercent, readStatus, readText } from "@/lib/content/update-sheet/cells";
import { formatSheetProblem, quote, visible } from "@/lib/content/update-sheet/format";
import type { Cell } from "@/lib/content/update-sheet/table";

/** Every accepted and refused form of a date, a status, a percent and a text, by kind of cell. */
const TODAY = "2026-12-01";
const text = (value: string): Cell => ({ kind: "text", text: value });
const number = (value: number, percent = false): Cell => ({ kind: "number", value, percent });
const date = (value: string): Cell => ({ kind: "date", date: value });
const formula: Cell = { kind: "formula", formula: "TODAY()" };
const error: Cell = { kind: "other", text: "#N/A" };
const empty: Cell = { kind: "empty" };

const problemOf = (read: object) =>
  "problem" in read ? (read.problem as { message: string; hint?: string }) : undefined;

describe("the date of an update", () => {
  it.each([
    ["a date cell", date("2026-10-01"), "2026-10-01"],
    ["dd/mm/yyyy, the council's way", text("01/10/2026"), "2026-10-01"],
    ["d/m/yyyy", text("1/9/2026"), "2026-09-01"],
    ["yyyy-mm-dd", text("2026-10-01"), "2026-10-01"],
    ["with spaces around", text(" 01/10/2026 "), "2026-10-01"],
    ["today", text("01/12/2026"), "2026-12-01"],
    ["the first day of 2000", text("01/01/2000"), "2000-01-01"],
  ])("takes %s", (_, cell, expected) => {
    expect(readDate(cell, TODAY)).toEqual({ value: expected });
  });

  it.each([
    [
      "an impossible day",
      text("31/02/2026"),
      "There is no 31 February 2026: the date does not exist.",
    ],
    [
      "an impossible ISO day",
      text("2026-02-31"),
      "There is no 31 February 2026: the date does not exist.",
    ],
    ["a US date (month first)", text("10/31/2026"), "There is no month 31."],
    ["a month 13", text("2026-13-01"), "There is no month 13."],
    ["a two-digit year", text("01/10/26"), "This is not a date the import can read."],
    ["words", text("October 2026"), "This is not a date the import can read."],
    ["the year 0000", text("0000-01-01"), "The date is before 2000."],
    ["the year 0001", text("0001-01-01"), "The date is before 2000."],
    ["1999", text("31/12/1999"), "The date is before 2000."],
    ["a date after today", text("02/12/2026"), "The date is after today (01/12/2026)."],
    ["a date cell after today", date("2027-01-01"), "The date is after today (01/12/2026)."],
    ["a number that is not a date", number(46296), "This is the number 46296, not a date."],
    ["a formula", formula, "The cell holds a formula"],
    ["an error", error, "The cell holds an error, not a date."],
    ["an empty cell", empty, "This is not a date the import can read."],
  ])("refuses %s, saying so", (_, cell, message) => {
    const problem = problemOf(readDate(cell, TODAY));
    expect(problem?.message).toContain(message);
  });

  it("names an impossible date as impossible, not as unreadable", () => {
    const problem = problemOf(readDate(text("2026-02-31"), TODAY));
    expect(problem?.hint).toBe("Check the day and the month.");
    expect(JSON.stringify(problem)).not.toContain("format the column");
  });

  it("says to write the year in full for 01/10/26, and reads day first for 10/31/2026", () => {
    expect(problemOf(readDate(text("01/10/26"), TODAY))).toMatchObject({
      hint: "Write the year in full: 01/10/2026, not 01/10/26.",
    });
    expect(problemOf(readDate(text("10/31/2026"), TODAY))).toMatchObject({
      hint: expect.stringContaining("day first"),
    });
  });
});

describe("the percent done", () => {
  it.each([
    ["digits", text("40"), 40],
    ["digits and %", text("40%"), 40],
    ["a percentage saved as shown", text("40.00%"), 40],
    ["digits, a space and %", text("40 %"), 40],
    ["0", text("0"), 0],
    ["100%", text("100%"), 100],
    ["an empty cell", empty, undefined],
    ["a whole number cell", number(40), 40],
    ["a percentage cell (40% is kept as 0.4)", number(0.4, true), 40],
    ["a percentage cell of 7%", number(0.07, true), 7],
  ])("takes %s", (_, cell, expected) => {
    expect(readPercent(cell)).toEqual({ value: expected });
  });

  it.each([
    ["% alone", text("%")],
    ["hexadecimal", text("0x32")],
    ["binary", text("0b110010")],
    ["an exponent", text("1e2")],
    ["minus zero", text("-0")],
    ["a negative number", text("-5")],
    ["a decimal", text("40.5")],
    ["over 100", text("140")],
    ["words", text("forty")],
    ["a fraction in a number cell", number(0.4)],
    ["minus zero in a number cell", number(-0)],
    ["150% in a percentage cell", number(1.5, true)],
    ["a formula", formula],
    ["a date", date("2026-10-01")],
  ])("refuses %s", (_, cell) => {
    expect(problemOf(readPercent(cell))?.message).toMatch(/percent done|formula|date/);
  });

  it("says how to fix a 40% kept as 0.4 in a cell not formatted as a percentage", () => {
    expect(problemOf(readPercent(number(0.4)))?.hint).toBe(
      "A spreadsheet keeps 40% as 0.4: type 40 instead.",
    );
  });
});

describe("the status", () => {
  const statuses = [
    { id: "on-track", name: "On track", order: 2 },
    { id: "at-risk", name: "At risk", order: 3 },
    { id: "not-started", name: "Not started", order: 1 },
  ] as Status[];

  it.each([
    ["its name", "On track"],
    ["its name in another case", "ON TRACK"],
    ["its id", "on-track"],
    ["its id in another case", "On-Track"],
    ["with extra spaces", "  on   track "],
  ])("is found by %s", (_, written) => {
    expect(readStatus(text(written), statuses)).toMatchObject({ value: { id: "on-track" } });
  });

  it("refuses an unknown status with the nearest names, and lists them all", () => {
    expect(problemOf(readStatus(text("On trak"), statuses))).toMatchObject({
      message: "There is no status with this name.",
      expected: "one of: On track, At risk, Not started",
      hint: expect.stringContaining("On track"),
    });
  });

  it.each([
    ["an empty cell", empty, "The status is empty."],
    ["a number", number(3), "There is no status with this name."],
    ["a formula", formula, "formula"],
  ])("refuses %s", (_, cell, message) => {
    expect(problemOf(readStatus(cell, statuses))?.message).toContain(message);
  });
});

describe("text: a reference or a summary", () => {
  it("keeps blank lines and lists, and makes Excel's CRLF inside a cell LF", () => {
    expect(readText(text("One.\r\n\r\n- a\r\n- b"), "summary")).toEqual({
      value: "One.\n\n- a\n- b",
    });
  });

  it.each([
    ["a control character", "a\u0007b", "U+0007"],
    ["an escape sequence", "\u001b[31mred", "U+001B"],
    ["NUL", "a\u0000b", "U+0000"],
    ["a right-to-left override", "abc\u202Edef", "U+202E"],
    ["a zero-width space", "a\u200Bb", "U+200B"],
  ])("refuses %s, naming it (lib/content/hidden-characters.ts)", (_, value, named) => {
    expect(problemOf(readText(text(value), "summary"))?.message).toContain(named);
  });

  it("refuses a cell longer than a spreadsheet can hold", () => {
    expect(problemOf(readText(text("x".repeat(32_768)), "summary"))?.message).toContain("32,767");
  });
});

describe("messages", () => {
  it("quote a cell to a few dozen characters, saying how long it was", () => {
    const long = quote("x".repeat(50_000_000));
    expect(long.length).toBeLessThan(80);
    expect(long).toContain("(50,000,000 characters)");
  });

  it("show escape sequences and invisible characters instead of sending them", () => {
    const line = formatSheetProblem({
      row: 4,
      column: "I (Summary)",
      value: "\u001b]0;pwned\u0007\u001b[2J\u202Etxt.exe\nnext",
      message: "m",
    });
    expect(line).toBe(
      "row 4, column I (Summary), “\\x1b]0;pwned\\x07\\x1b[2J\\u202etxt.exe\\nnext”: m",
    );
    expect(line).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    expect(visible("a\tb")).toBe("a\\tb");
  });
});
