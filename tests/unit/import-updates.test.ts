import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentGraph } from "@/lib/content/graph";
import { currentUpdate, itemsOfPlan } from "@/lib/content/progress";
import { SHEET_COLUMNS } from "@/lib/content/update-sheet/columns";
import { exportCsv } from "@/lib/content/update-sheet/export-csv";
import { exportXlsx } from "@/lib/content/update-sheet/export-xlsx";
import { planImport } from "@/lib/content/update-sheet/import";
import { readSheet } from "@/lib/content/update-sheet/rows";
import { copyOfContent, importOptions as options, loadCopy } from "./sheet-fixture";

let copy: string;
let graph: ContentGraph;

beforeAll(async () => {
  copy = await copyOfContent("import-test-");
  graph = await load();
});
afterAll(() => rm(copy, { recursive: true, force: true }));

const load = () => loadCopy(copy);

/** The workbook's columns, as a service sees them. */
const HEADERS = SHEET_COLUMNS.map((column) => column.header);
const sheet = (text: string) => new TextEncoder().encode(text);
const firstAction = () =>
  graph.plans.flatMap((p) => p.priorities).find((p) => p.actions.length > 0)!.actions[0]!;
const firstObjective = () =>
  graph.plans.flatMap((p) => p.priorities).find((p) => p.objectives.length > 0)!.objectives[0]!;

/** Excel's "CSV UTF-8": a byte-order mark, CRLF line ends, a quoted cell with a comma and a line break. */
function excelSheet(): string {
  const action = firstAction().reference.toLowerCase();
  const objective = firstObjective().reference;
  return `\uFEFFReference,Date,Status,Percent done,Summary\r\n${action},01/10/2026,On track,40%,"Visits began in Banbury, Bicester\r\nand Witney."\r\n${objective},2026-09-30,at-risk,,Funding is late.\r\n`;
}

describe("importing a quarter's updates from a sheet", () => {
  it("adds only the lines of the new updates to the content files", async () => {
    const plan = await planImport(graph, copy, sheet(excelSheet()), options);
    expect(plan.problems).toEqual([]);
    expect(plan.edits.flatMap((edit) => edit.added)).toHaveLength(2);
    for (const edit of plan.edits) {
      const before = edit.before.split("\n");
      const after = edit.after.split("\n");
      const kept = after.filter((line, index) => !addedLines(before, after).has(index));
      expect(kept).toEqual(before);
      await writeFile(path.join(copy, edit.file), edit.after);
    }
    const imported = await load();
    const action = imported.byReference.get(firstAction().reference);
    expect(action?.kind === "action" && currentUpdate(action.action)).toMatchObject({
      date: "2026-10-01",
      status: { id: "on-track" },
      percent: 40,
      summaryText: "Visits began in Banbury, Bicester\nand Witney.",
    });
  });

  it("changes nothing when the same sheet is imported again", async () => {
    const again = await planImport(await load(), copy, sheet(excelSheet()), options);
    expect(again).toMatchObject({ edits: [], problems: [] });
    expect(again.skipped).toHaveLength(2);
  });

  it.each([
    [
      "an unknown reference",
      "CP18-2.999,2026-10-01,on-track,,x",
      { column: "A (reference)", value: "CP18-2.999", hint: expect.stringContaining("CP18-2.") },
    ],
    [
      "a priority's reference",
      "CP18-2,2026-10-01,on-track,,x",
      { column: "A (reference)", message: expect.stringContaining("not on whole priorities") },
    ],
    [
      "a date in another form",
      "REF,1 October 2026,on-track,,x",
      { column: "B (date)", value: "1 October 2026" },
    ],
    [
      "a date after today",
      "REF,2027-01-01,on-track,,x",
      { column: "B (date)", message: expect.stringContaining("after today") },
    ],
    [
      "an unknown status",
      "REF,2026-10-01,On trak,,x",
      { column: "C (status)", hint: expect.stringContaining("On track") },
    ],
    [
      "a percent out of range",
      "REF,2026-10-01,on-track,140,x",
      { column: "D (percent)", value: "140" },
    ],
    [
      "completed below 100%",
      "REF,2026-10-01,completed,50,x",
      { column: "D (percent)", message: expect.stringContaining("100%") },
    ],
    [
      "a different update already in the file on that date",
      "REF,2026-10-01,at-risk,,Different.",
      {
        column: "B (date)",
        value: "01/10/2026",
        message: expect.stringContaining("already has a different update dated 01/10/2026"),
      },
    ],
    ["an empty summary", "REF,2026-10-01,on-track,,", { column: "E (summary)" }],
    ["raw HTML in a summary", "REF,2026-10-01,on-track,,<b>x</b>", { column: "E (summary)" }],
    [
      "a control character in a summary",
      "REF,2026-10-01,on-track,,a\u001bb",
      { column: "E (summary)", message: expect.stringContaining("U+001B") },
    ],
  ])("refuses %s with its row and column, and writes nothing", async (_, row, expected) => {
    const text =
      `reference,date,status,percent,summary\nREF,2026-11-01,on-track,,Fine.\n${row}\n`.replaceAll(
        "REF",
        firstAction().reference,
      );
    const plan = await planImport(graph, copy, sheet(text), options);
    expect(plan.edits).toEqual([]);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatchObject({ row: 3, ...expected });
  });

  it("gives an item with no updates yet one updates field for two new dates", async () => {
    const current = await load();
    const action = current.plans
      .flatMap((plan) => plan.priorities)
      .flatMap((priority) => priority.actions)
      .find((candidate) => candidate.updates.length === 0)!;
    const text = `Reference,Date,Status,Percent done,Summary\r\n${action.reference},30/06/2026,On track,10,First.\r\n${action.reference},30/09/2026,On track,20,Second.\r\n`;
    const plan = await planImport(current, copy, sheet(text), options);
    expect(plan.problems).toEqual([]);
    for (const edit of plan.edits) await writeFile(path.join(copy, edit.file), edit.after);
    const imported = (await load()).byReference.get(action.reference);
    expect(
      imported?.kind === "action" && imported.action.updates.map((u) => u.date).sort(),
    ).toEqual(["2026-06-30", "2026-09-30"]);
  });

  it("refuses two rows for one item and date", async () => {
    const ref = firstAction().reference;
    const plan = await planImport(
      graph,
      copy,
      sheet(
        `reference,date,status,percent,summary\n${ref},2026-11-02,on-track,,a\n${ref},2026-11-02,at-risk,,b\n`,
      ),
      options,
    );
    expect(plan.problems).toMatchObject([
      { row: 3, column: "B (date)", message: expect.stringContaining("Row 2") },
    ]);
  });

  it.each([
    [
      "a sheet without the update columns",
      "ref,when\nCP18-1.1,2026-10-01\n",
      { row: 1, message: expect.stringContaining('"Date", "Status", "Percent done", "Summary"') },
    ],
    [
      "a quote that is never closed",
      'reference,date,status,percent,summary\nCP18-1.1,2026-10-01,on-track,,"open\n',
      { message: expect.stringContaining("cannot be read as CSV") },
    ],
  ])("refuses %s", async (_, text, expected) => {
    expect((await readSheet(sheet(text))).problems).toMatchObject([expected]);
  });
});

describe("the CSV a service fills in (--csv)", () => {
  it("has a row for every action and objective of the plan, and imports as nothing until filled in", async () => {
    const plan = graph.plans[0]!;
    const csv = exportCsv(plan);
    const read = await readSheet(sheet(csv));
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([]);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(itemsOfPlan(plan).length + 1);
    expect(lines[0]).toBe(
      '\uFEFF"Reference","Priority","Action or objective","Lead","Latest update","Date","Status","Percent done","Summary"',
    );
  });
});

describe("what people actually save", () => {
  const rowOf = (ref: string, rest: string, separator = ",") =>
    `Reference${separator}Date${separator}Status${separator}Percent done${separator}Summary\r\n${ref}${separator}${rest}\r\n`;

  it("keeps blank lines and lists inside a summary, and a second import changes nothing", async () => {
    const ref = firstObjective().reference;
    const summary = "First paragraph.\r\n\r\nSecond paragraph:\r\n\r\n- one\r\n- two";
    const text = rowOf(ref, `02/11/2026,On track,,"${summary}"`);
    const plan = await planImport(graph, copy, sheet(text), options);
    expect(plan.problems).toEqual([]);
    for (const edit of plan.edits) await writeFile(path.join(copy, edit.file), edit.after);
    const imported = await load();
    const item = imported.byReference.get(ref);
    expect(item?.kind === "objective" && currentUpdate(item.objective)?.summaryText).toBe(
      "First paragraph.\n\nSecond paragraph:\n\n- one\n- two",
    );
    const again = await planImport(imported, copy, sheet(text), options);
    expect(again).toMatchObject({ edits: [], problems: [] });
    expect(again.skipped).toHaveLength(1);
  });

  it("reads a semicolon-separated CSV, as Excel saves in some locales", async () => {
    const ref = firstAction().reference;
    const read = await readSheet(sheet(rowOf(ref, '03/11/2026;at risk;25 %;"a; b"', ";")));
    expect(read.problems).toEqual([]);
    expect(read.rows[0]?.cells.summary).toEqual({ kind: "text", text: "a; b" });
  });

  it("reads Excel's plain 'CSV (Comma delimited)', which is Windows-1252", async () => {
    const bytes = Uint8Array.from([
      ...sheet(rowOf(firstAction().reference, "03/11/2026,On track,,Cost ").replace(/\r\n$/, "")),
      0xa3, // £
      0x35,
      0x92, // ’
      0x0d,
      0x0a,
    ]);
    const read = await readSheet(bytes);
    expect(read.rows[0]?.cells.summary).toEqual({ kind: "text", text: "Cost £5’" });
  });

  it("refuses UTF-16 ('Unicode Text') with what to save instead", async () => {
    const read = await readSheet(Uint8Array.from([0xff, 0xfe, 0x52, 0x00]));
    expect(read.problems[0]?.hint).toContain("CSV UTF-8");
  });
});

describe("a workbook saved by Excel", () => {
  /** A workbook as Excel writes one: shared strings, date cells, a percentage cell, a formula. */
  async function excelWorkbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("How to fill this in").addRow(["Steps"]);
    const sheet = workbook.addWorksheet("Updates");
    sheet.addRow(HEADERS);
    fill(sheet);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it("takes date cells, a percentage cell and wrapped text, and names the columns by letter", async () => {
    const ref = firstAction().reference;
    const bytes = await excelWorkbook((sheet) => {
      const row = sheet.addRow([
        ref,
        "p",
        "t",
        "",
        "",
        new Date(Date.UTC(2026, 9, 5)),
        "On track",
        0.4,
        "Line one\nLine two",
      ]);
      row.getCell(6).numFmt = "dd/mm/yyyy";
      row.getCell(8).numFmt = "0%";
      const bad = sheet.addRow([
        ref,
        "p",
        "t",
        "",
        "",
        new Date(Date.UTC(2027, 0, 1)),
        "On trak",
        40,
        "x",
      ]);
      bad.getCell(6).numFmt = "dd/mm/yyyy";
    });
    const read = await readSheet(bytes);
    expect(read.problems).toEqual([]);
    expect(read.rows[0]?.cells).toMatchObject({
      date: { kind: "date", date: "2026-10-05" },
      percent: { kind: "number", value: 0.4, percent: true },
      summary: { kind: "text", text: "Line one\nLine two" },
    });
    const plan = await planImport(graph, copy, bytes, options);
    expect(plan.problems).toMatchObject([
      { row: 3, column: "F (Date)", message: "The date is after today (01/12/2026)." },
      { row: 3, column: "G (Status)", value: "On trak" },
    ]);
  });

  it("refuses a formula by its cell, saying only typed values are taken", async () => {
    const bytes = await excelWorkbook((sheet) => {
      sheet.addRow([
        firstAction().reference,
        "",
        "",
        "",
        "",
        { formula: "TODAY()", result: 46300 },
        "On track",
        "",
        "x",
      ]);
    });
    const plan = await planImport(graph, copy, bytes, options);
    expect(plan.problems).toMatchObject([
      {
        row: 2,
        column: "F (Date)",
        value: "=TODAY()",
        message: expect.stringContaining("never a formula's result"),
      },
    ]);
  });
});

describe("the workbook a service fills in", () => {
  async function exported(planId: string) {
    const plan = graph.plans.find((p) => p.id === planId)!;
    const bytes = await exportXlsx(plan, graph.statuses);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    return { plan, bytes, workbook };
  }

  it("starts with how to fill it in, and every status's meaning", async () => {
    const { workbook } = await exported("strategic-plan-2022-25");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "How to fill this in",
      "Updates",
    ]);
    const values = workbook.worksheets[0]!.getSheetValues().flat().map(String);
    for (const status of graph.statuses) {
      expect(values).toContain(status.name);
      expect(values).toContain(status.meaning);
    }
  });

  it("gives every row a way in (the priority) when the plan names no lead, and imports as nothing", async () => {
    const { plan, bytes, workbook } = await exported("strategic-plan-2022-25");
    const sheet = workbook.getWorksheet("Updates")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS]);
    const items = itemsOfPlan(plan);
    expect(sheet.rowCount).toBe(items.length + 1);
    items.forEach((item, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(1).value).toBe(item.reference);
      expect(row.getCell(2).value).toBe(`${item.priority.reference} ${item.priority.title}`);
    });
    expect(await readSheet(bytes)).toEqual({ rows: [], problems: [] });
  });

  it("locks and greys what identifies an item, and checks what is typed in the other columns", async () => {
    const { workbook } = await exported("corporate-plan-2018-21");
    const sheet = workbook.getWorksheet("Updates")!;
    expect(sheet.getCell("A2").protection?.locked).not.toBe(false);
    expect(sheet.getCell("A2").fill).toMatchObject({ pattern: "solid" });
    for (const address of ["F2", "G2", "H2", "I2"]) {
      expect(sheet.getCell(address).protection).toMatchObject({ locked: false });
    }
    expect(sheet.getCell("F2").numFmt).toBe("dd/mm/yyyy");
    expect(sheet.getCell("F2").dataValidation).toMatchObject({
      type: "date",
      operator: "greaterThanOrEqual",
      formulae: [new Date("2000-01-01T00:00:00.000Z")],
    });
    expect(sheet.getCell("G2").dataValidation).toMatchObject({
      type: "list",
      formulae: [expect.stringMatching(/^'How to fill this in'!\$A\$\d+:\$A\$\d+$/)],
    });
    expect(sheet.getCell("H2").dataValidation).toMatchObject({ type: "whole", formulae: [0, 100] });
    expect(sheet.getCell("I2").alignment).toMatchObject({ wrapText: true });
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(2).getCell(4).value).not.toBe("");
  });
});

/** Indexes of `after`'s lines that are not in `before`, taken in order (a simple diff). */
function addedLines(before: string[], after: string[]): Set<number> {
  const added = new Set<number>();
  let b = 0;
  after.forEach((line, index) => {
    if (line === before[b]) b++;
    else added.add(index);
  });
  return added;
}
