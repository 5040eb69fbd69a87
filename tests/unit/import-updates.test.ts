import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MDX_COMPONENT_NAMES } from "@/components/mdx/names";
import { checkMdx } from "@/lib/content/compile-mdx";
import type { ContentGraph } from "@/lib/content/graph";
import { currentUpdate, itemsOfPlan } from "@/lib/content/progress";
import { planImport } from "@/lib/content/updates-csv/import";
import { readSheet } from "@/lib/content/updates-csv/rows";
import { updateTemplate } from "@/lib/content/updates-csv/template";
import { loadSite } from "@/lib/site/load-site";

const ROOT = path.resolve(import.meta.dirname, "../..");
let copy: string;
let graph: ContentGraph;

/** A copy of the real content, so an import can be written and compared. */
beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), "import-test-"));
  await cp(path.join(ROOT, "content"), path.join(copy, "content"), { recursive: true });
  graph = await load();
});
afterAll(() => rm(copy, { recursive: true, force: true }));

async function load(): Promise<ContentGraph> {
  const result = await loadSite({
    root: copy,
    includeDrafts: false,
    purpose: "check",
    today: TODAY,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3), null, 2));
  return result.graph;
}

const TODAY = "2026-12-01";
const options = {
  today: TODAY,
  checkSummary: async (summary: string) => {
    const result = await checkMdx(summary, MDX_COMPONENT_NAMES);
    return result.ok ? [] : result.problems.map((problem) => problem.message);
  },
};
const sheet = (text: string) => new TextEncoder().encode(text);
const firstAction = () =>
  graph.plans.flatMap((p) => p.priorities).find((p) => p.actions.length > 0)!.actions[0]!;
const firstObjective = () =>
  graph.plans.flatMap((p) => p.priorities).find((p) => p.objectives.length > 0)!.objectives[0]!;

/** Excel's "CSV UTF-8": a byte-order mark, CRLF line ends, a quoted cell with a comma and a line break. */
function excelSheet(): string {
  const action = firstAction().reference.toLowerCase();
  const objective = firstObjective().reference;
  return `\uFEFFreference,date,status,percent,summary\r\n${action},2026-10-01,On track,40,"Visits began in Banbury, Bicester\r\nand Witney."\r\n${objective},2026-09-30,at-risk,,Funding is late.\r\n`;
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
      { column: "reference", value: "CP18-2.999", hint: expect.stringContaining("CP18-2.") },
    ],
    [
      "a priority's reference",
      "CP18-2,2026-10-01,on-track,,x",
      { column: "reference", message: expect.stringContaining("not on whole priorities") },
    ],
    [
      "a date in another form",
      "REF,01/10/2026,on-track,,x",
      { column: "date", value: "01/10/2026" },
    ],
    [
      "a date after today",
      "REF,2027-01-01,on-track,,x",
      { column: "date", message: expect.stringContaining("after today") },
    ],
    [
      "an unknown status",
      "REF,2026-10-01,On trak,,x",
      { column: "status", hint: expect.stringContaining("on-track") },
    ],
    [
      "a percent out of range",
      "REF,2026-10-01,on-track,140,x",
      { column: "percent", value: "140" },
    ],
    [
      "completed below 100%",
      "REF,2026-10-01,completed,50,x",
      { column: "percent", message: expect.stringContaining("100%") },
    ],
    ["an empty summary", "REF,2026-10-01,on-track,,", { column: "summary" }],
    ["raw HTML in a summary", "REF,2026-10-01,on-track,,<b>x</b>", { column: "summary" }],
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
      { row: 3, column: "date", message: expect.stringContaining("Row 2") },
    ]);
  });

  it.each([
    [
      "a sheet without the update columns",
      "ref,when\nCP18-1.1,2026-10-01\n",
      { row: 1, message: expect.stringContaining("date, status, percent, summary") },
    ],
    [
      "a quote that is never closed",
      'reference,date,status,percent,summary\nCP18-1.1,2026-10-01,on-track,,"open\n',
      { message: expect.stringContaining("cannot be read as CSV") },
    ],
  ])("refuses %s", (_, text, expected) => {
    expect(readSheet(sheet(text)).problems).toMatchObject([expected]);
  });

  it("refuses a file that is not UTF-8", () => {
    const latin1 = Uint8Array.from([
      ...sheet("reference,date,status,percent,summary\n"),
      0xe9,
      0x0a,
    ]);
    expect(readSheet(latin1).problems).toMatchObject([{ message: "The file is not UTF-8 text." }]);
  });
});

describe("the template a service fills in", () => {
  it("has a row for every action and objective of the plan, and imports as nothing until filled in", async () => {
    const plan = graph.plans[0]!;
    const template = updateTemplate(plan);
    const read = readSheet(sheet(template));
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([]);
    const lines = template.trimEnd().split("\r\n");
    expect(lines).toHaveLength(itemsOfPlan(plan).length + 1);
    expect(lines[0]).toBe(
      '\uFEFF"reference","date","status","percent","summary","text","lead","current_status","current_date"',
    );
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
