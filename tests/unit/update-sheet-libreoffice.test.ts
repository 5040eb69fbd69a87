import { execFileSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentGraph, Plan } from "@/lib/content/graph";
import { currentUpdate, itemsOfPlan } from "@/lib/content/progress";
import { exportXlsx } from "@/lib/content/update-sheet/export-xlsx";
import { planImport } from "@/lib/content/update-sheet/import";
import { readSheet } from "@/lib/content/update-sheet/rows";
import { copyOfContent, importOptions, loadCopy, partText, ROOT } from "./sheet-fixture";

/**
 * The workbook in a real spreadsheet program: LibreOffice Calc (headless, en-GB) opens the
 * exported workbook, saves it as .xlsx and as CSV, and types into it as a service would (UK dates,
 * a status from the list, a summary of two paragraphs and a list); it also opens a CSV typed the UK
 * way, which turns its dates into date cells and 40% into a percentage. Every copy imports as
 * saved. One soffice process does all of it (tests/libreoffice/calc.py): starting one takes
 * seconds. tests/ensure-libreoffice.sh installs it.
 */
const options = importOptions;

let dir: string;
let graph: ContentGraph;
let plan: Plan;
const file = (name: string) => path.join(dir, name);

const load = () => loadCopy(dir);

const SUMMARY = "Contract signed.\n\nNext steps:\n\n- survey the sites\n- consult residents";

beforeAll(async () => {
  dir = await copyOfContent("sheet-calc-");
  graph = await load();
  plan = graph.plans.find((p) => p.id === "strategic-plan-2022-25")!;
  await writeFile(file("exported.xlsx"), await exportXlsx(plan, graph.statuses));
  const [first, second, third] = itemsOfPlan(plan);
  await writeFile(
    file("typed-uk.csv"),
    `Reference,Date,Status,Percent done,Summary\n${third!.reference},15/11/2026,Off track,40%,Delayed by the supplier.\n`,
  );
  const jobs = [
    {
      open: file("exported.xlsx"),
      save: [
        { as: "xlsx", to: file("round-trip.xlsx") },
        { as: "csv", to: file("round-trip.csv") },
      ],
    },
    {
      open: file("exported.xlsx"),
      type: [
        ["F2", "1/10/2026"],
        ["G2", "On track"],
        ["H2", "40"],
        ["I2", SUMMARY],
        ["F3", "30/09/2026"],
        ["G3", "at risk"],
        // Past the whole-number rule (as a paste would be): the cell becomes a percentage.
        ["H3", "25%"],
        ["I3", `${second!.reference}: waiting for funding.`],
      ],
      save: [
        { as: "xlsx", to: file("filled.xlsx") },
        { as: "csv", to: file("filled.csv") },
      ],
    },
    { open: file("typed-uk.csv"), save: [{ as: "xlsx", to: file("typed-uk.xlsx") }] },
  ];
  expect(first).toBeDefined();
  await writeFile(file("jobs.json"), JSON.stringify(jobs));
  try {
    execFileSync(
      "/usr/bin/python3",
      [path.join(ROOT, "tests/libreoffice/calc.py"), file("jobs.json")],
      {
        timeout: 150_000,
        stdio: "inherit",
      },
    );
  } catch (error) {
    throw new Error(
      `LibreOffice Calc did not run (${String(error)}). Install it with: bash tests/ensure-libreoffice.sh`,
    );
  }
}, 180_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the exported workbook, opened and saved by LibreOffice Calc", () => {
  it.each(["round-trip.xlsx", "round-trip.csv"])(
    "imports its copy saved as %s cleanly, as nothing to add",
    async (name) => {
      const read = await readSheet(await readFile(file(name)));
      expect(read).toEqual({ rows: [], problems: [] });
    },
  );

  it("keeps the drop-down, the validations, the locked columns and the date format", async () => {
    const workbook = new ExcelJS.Workbook();
    const saved = await readFile(file("round-trip.xlsx"));
    await workbook.xlsx.load(
      saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.byteLength),
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "How to fill this in",
      "Updates",
    ]);
    const sheet = workbook.getWorksheet("Updates")!;
    const list = sheet.getCell("G2").dataValidation;
    expect(list.type).toBe("list");
    expect(list.formulae[0]).toMatch(/^'How to fill this in'!\$A\$\d+:\$A\$\d+$/);
    // LibreOffice adds a second formula of 0 to a one-sided rule: only the first one counts.
    const date = sheet.getCell("F2").dataValidation;
    expect(date).toMatchObject({ type: "date", operator: "greaterThanOrEqual" });
    expect(date.formulae[0]).toEqual(new Date("2000-01-01T00:00:00.000Z"));
    expect(sheet.getCell("H2").dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [0, 100],
    });
    // exceljs misreads LibreOffice's locked="false": the saved XML itself is looked at.
    const styles = await partText(saved, "xl/styles.xml");
    const updates = await partText(saved, "xl/worksheets/sheet2.xml");
    const xfs = /<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)![1]!.split("</xf>");
    const locked = (cell: string) => {
      const style = Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(updates)![1]);
      return !/locked="(false|0)"/.test(xfs[style]!);
    };
    expect(locked("A2")).toBe(true);
    expect(["F2", "G2", "H2", "I2"].map(locked)).toEqual([false, false, false, false]);
    expect(updates).toMatch(/<sheetProtection [^>]*sheet="(true|1)"/);
    // Not the frozen header: a document opened hidden through LibreOffice's bridge has no view
    // to save, so its copy never has one (tests/unit/import-updates.test.ts checks the export's).
    expect(sheet.getCell("F2").numFmt).toMatch(/dd\/mm\/yyyy/i);
  });
});

describe("the workbook filled in in LibreOffice Calc with UK dates", () => {
  it("holds the typed dates as date cells", async () => {
    const read = await readSheet(await readFile(file("filled.xlsx")));
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => row.cells.date)).toEqual([
      { kind: "date", date: "2026-10-01" },
      { kind: "date", date: "2026-09-30" },
    ]);
  });

  it("imports as saved (.xlsx), paragraphs and list kept; its CSV copy then adds nothing", async () => {
    const planned = await planImport(graph, dir, await readFile(file("filled.xlsx")), options);
    expect(planned.problems).toEqual([]);
    for (const edit of planned.edits) await writeFile(path.join(dir, edit.file), edit.after);
    const imported = await load();
    const first = itemsOfPlan(imported.plans.find((p) => p.id === plan.id)!)[0]!;
    expect(currentUpdate(first)).toMatchObject({
      date: "2026-10-01",
      status: { id: "on-track" },
      percent: 40,
      summaryText: SUMMARY,
    });
    const second = itemsOfPlan(imported.plans.find((p) => p.id === plan.id)!)[1]!;
    expect(currentUpdate(second)).toMatchObject({ status: { id: "at-risk" }, percent: 25 });
    const again = await planImport(imported, dir, await readFile(file("filled.csv")), options);
    expect(again.problems).toEqual([]);
    expect(again.edits).toEqual([]);
    expect(again.skipped).toHaveLength(2);
  });
});

describe("a CSV typed the UK way, opened in LibreOffice Calc and saved as .xlsx", () => {
  it("has a date cell and a percentage, and imports", async () => {
    const bytes = await readFile(file("typed-uk.xlsx"));
    const read = await readSheet(bytes);
    expect(read.rows[0]?.cells).toMatchObject({
      date: { kind: "date", date: "2026-11-15" },
      percent: { kind: "number", value: 0.4, percent: true },
    });
    const planned = await planImport(await load(), dir, bytes, options);
    expect(planned.problems).toEqual([]);
    expect(planned.edits.flatMap((edit) => edit.added.map((u) => u.update))).toEqual([
      { date: "2026-11-15", status: "off-track", percent: 40, summary: "Delayed by the supplier." },
    ]);
  });
});
