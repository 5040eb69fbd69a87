/**
 * `npm run bench:sheet`: how long `content:import-updates` takes, and its peak memory, on hostile
 * and on the largest legitimate sheets (bench/README.md, section 8). Each case is the whole
 * command, as a person runs it, on a copy of the content in bench/.tmp, so nothing real changes.
 */
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { itemsOfPlan } from "@/lib/content/progress";
import { loadSite } from "@/lib/site/load-site";
import { HEADER, inlineRow, workbookParts, zip } from "../tests/unit/zip-fixture";
import { lock, machine, ROOT, saveResult, timed, TMP } from "./common";

const DIR = path.join(ROOT, TMP, "sheet");
const file = (name: string) => path.join(DIR, name);

type Case = { name: string; file: string; make: () => Promise<Uint8Array | string> };

const sheetXml = (rows: string) => workbookParts(inlineRow(1, HEADER) + rows);

function cases(references: readonly string[]): Case[] {
  return [
    {
      name: "zip bomb: a part declaring 4 GB",
      file: "bomb-declared.xlsx",
      make: async () =>
        zip(sheetXml("").concat({ name: "xl/media/a.bin", data: "0", declaredSize: 4e9 })),
    },
    {
      name: "zip bomb: 200 MB of XML declared as 1 KB",
      file: "bomb-lying.xlsx",
      make: async () =>
        zip(
          sheetXml(" ".repeat(200_000_000)).map((part) =>
            part.name.endsWith("sheet1.xml") ? { ...part, declaredSize: 1_000 } : part,
          ),
        ),
    },
    {
      name: "shared strings declaring 100 MB",
      file: "strings-declared.xlsx",
      make: async () =>
        zip(
          sheetXml("").concat({ name: "xl/sharedStrings.xml", data: "<sst/>", declaredSize: 1e8 }),
        ),
    },
    {
      name: "shared strings: 700,000 strings (19 MB), one used",
      file: "strings-many.xlsx",
      make: async () => {
        const sst = `<sst>${"<si><t>filler text</t></si>".repeat(700_000)}</sst>`;
        const sheet = `<row r="1"><c r="A1" t="s"><v>699999</v></c></row>`;
        return zip(workbookParts(sheet, [{ name: "xl/sharedStrings.xml", data: sst }]));
      },
    },
    {
      name: "external links",
      file: "external.xlsx",
      make: async () =>
        zip(sheetXml("").concat({ name: "xl/externalLinks/externalLink1.xml", data: "<x/>" })),
    },
    {
      name: "macro-enabled (.xlsm)",
      file: "macros.xlsm",
      make: async () => zip(sheetXml("").concat({ name: "xl/vbaProject.bin", data: "macro" })),
    },
    {
      name: "a row at 1,048,576",
      file: "far-row.xlsx",
      make: async () =>
        zip(sheetXml(inlineRow(1_048_576, ["CP18-1.1", "01/10/2026", "On track", "", "x"]))),
    },
    {
      name: "CSV of 100,000 rows (issue 22: 64 s, 694 MB)",
      file: "rows-100000.csv",
      make: async () =>
        `${HEADER.join(",")}\n${"CP18-1.1,01/10/2026,On track,,x\n".repeat(100_000)}`,
    },
    {
      name: "CSV with a 50 MB cell",
      file: "cell-50mb.csv",
      make: async () => `${HEADER.join(",")}\nCP18-1.1,01/10/2026,On track,,"${"x".repeat(5e7)}"\n`,
    },
    {
      name: "largest legitimate: 5,000 rows, 1,000-character summaries (.xlsx)",
      file: "legit-5000.xlsx",
      make: () => legitimate(references),
    },
  ];
}

/** 5,000 valid rows, as Excel would save them, with one impossible date at the end: refused. */
async function legitimate(references: readonly string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Updates");
  sheet.addRow(HEADER);
  for (let i = 0; i < 5_000; i++) {
    const day = new Date(Date.UTC(2020, 0, 1 + Math.floor(i / references.length)));
    const row = sheet.addRow([
      references[i % references.length],
      i === 4_999 ? "31/02/2026" : day,
      "On track",
      i % 100,
      `Row ${i}. ${"Progress on the work, in the council's words. ".repeat(21)}`,
    ]);
    row.getCell(2).numFmt = "dd/mm/yyyy";
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

await lock();
await rm(DIR, { recursive: true, force: true });
await mkdir(DIR, { recursive: true });
await cp(path.join(ROOT, "content"), path.join(DIR, "content"), { recursive: true });
const loaded = await loadSite({ root: DIR, includeDrafts: true, purpose: "check" });
if (!loaded.ok) throw new Error("The content does not pass the check.");
const references = loaded.graph.plans.flatMap((plan) => itemsOfPlan(plan).map((i) => i.reference));
const results = [];
for (const sheetCase of cases(references)) {
  const bytes = await sheetCase.make();
  await writeFile(file(sheetCase.file), bytes);
  const run = await timed(
    ["node", "--import", "tsx", "lib/cli/import-updates.ts", `--root=${DIR}`, file(sheetCase.file)],
    { COUNCIL_MDX_CACHE_DIR: path.join(DIR, "mdx-cache") },
    300,
  );
  const said = run.output.split("\n").find((line) => line.trim() !== "") ?? "";
  results.push({
    case: sheetCase.name,
    fileMB: Number((Buffer.byteLength(bytes) / 1e6).toFixed(2)),
    status: run.status,
    wallSeconds: run.wallSeconds,
    maxRssMB: run.maxRssMB,
    said: said.slice(0, 160),
  });
  console.log(
    `${sheetCase.name}: ${run.wallSeconds} s, ${run.maxRssMB} MB, exit ${run.status}\n  ${said.slice(0, 160)}`,
  );
}
console.log(`Saved ${await saveResult("sheet", { machine: machine(), results })}`);
await rm(DIR, { recursive: true, force: true });
