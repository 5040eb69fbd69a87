import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./sheet-fixture";

/**
 * The two commands as a person runs them, through pipes as a script or CI would read them:
 * whatever goes wrong, the whole message arrives, ending with "Nothing was written", and nothing
 * is left behind, the MDX cache included.
 */
let dir: string;
let cache: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "sheet-cli-"));
  cache = path.join(dir, "mdx-cache");
  await cp(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (script: string, args: string[]) =>
  runCli(script, args, { env: { COUNCIL_MDX_CACHE_DIR: cache } });

const importSheet = (file: string) => run("import-updates.ts", [`--root=${dir}`, file]);
const HEADER = "Reference,Date,Status,Percent done,Summary\n";

/** Every file under a folder with its text, to show that nothing changed. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder, { recursive: true })).map(String).sort();
  const entries = await Promise.all(
    names.map(async (name) => [
      name,
      await readFile(path.join(folder, name), "utf8").catch(() => ""),
    ]),
  );
  return Object.fromEntries(entries);
}

async function filesIn(folder: string): Promise<number> {
  const names = await readdir(folder, { recursive: true }).catch(() => []);
  return names.length;
}

describe("content:import-updates", () => {
  it("delivers every message through a pipe, bounded, ending with 'Nothing was written'", async () => {
    const rows = Array.from(
      { length: 5_000 },
      (_, i) => `CP18-1.${i + 1000},01/10/2026,Nowhere,x${i},y`,
    );
    const sheet = path.join(dir, "many-problems.csv");
    await writeFile(sheet, HEADER + rows.join("\n"));
    const { code, stderr } = await importSheet(sheet);
    expect(code).toBe(1);
    expect(stderr.trimEnd()).toMatch(
      /15,000 problems in .*many-problems\.csv\. Nothing was written\.$/,
    );
    expect(stderr).toContain("… and 14,950 more problems, not shown.");
    expect(Buffer.byteLength(stderr)).toBeLessThan(64 * 1024);
  }, 60_000);

  it("quotes a long hostile cell to a few dozen characters, its escape sequences visible", async () => {
    const sheet = path.join(dir, "hostile-cell.csv");
    const cell = `\u001b]0;pwned\u0007\u001b[2J${"A".repeat(30_000)}`;
    await writeFile(sheet, `${HEADER}CP18-1.1,01/10/2026,On track,,"${cell}"\n`);
    const { code, stderr } = await importSheet(sheet);
    expect(code).toBe(1);
    expect(stderr).toContain(`“\\x1b]0;pwned\\x07\\x1b[2J${"A".repeat(26)}…” (30,014 characters)`);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(stderr.length).toBeLessThan(2_000);
  }, 60_000);

  it("refuses a 50 MB file before reading it, in one sentence", async () => {
    const sheet = path.join(dir, "huge.csv");
    await writeFile(sheet, `${HEADER}CP18-1.1,01/10/2026,On track,,"${"x".repeat(50_000_000)}"\n`);
    const { code, stderr } = await importSheet(sheet);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^The file is 50 MB; a sheet of updates is at most 10 MB\./);
    expect(stderr.trimEnd()).toMatch(/Nothing was written\.$/);
  }, 60_000);

  it("leaves nothing behind when it refuses, the MDX cache included", async () => {
    const before = await filesIn(cache);
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `CP18-1.1,${i < 299 ? new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10) : "31/02/2026"},On track,,Summary number ${i}.`,
    );
    const sheet = path.join(dir, "refused.csv");
    await writeFile(sheet, HEADER + rows.join("\n"));
    const content = await snapshot(path.join(dir, "content"));
    const { code, stderr } = await importSheet(sheet);
    expect(code).toBe(1);
    expect(stderr).toContain("There is no 31 February 2026");
    expect(await filesIn(cache)).toBe(before);
    expect(await snapshot(path.join(dir, "content"))).toEqual(content);
  }, 60_000);

  it.each([
    [
      "a file that is not there",
      "no-such-sheet.xlsx",
      /^There is no file no-such-sheet\.xlsx \(looked in /,
    ],
    ["a folder", ".", /^\. is a folder, not a sheet\./],
  ])(
    "answers %s with a plain sentence, not a stack trace",
    async (_, name, sentence) => {
      const { code, stderr } = await importSheet(name);
      expect(code).toBe(1);
      expect(stderr).toMatch(sentence);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );
});

describe("content:export-updates", () => {
  it("writes the workbook, then refuses to overwrite it unless told with --force", async () => {
    const out = path.join(dir, "out", "sp.xlsx");
    await mkdir(path.dirname(out), { recursive: true });
    const first = await run("export-updates.ts", ["strategic-plan-2022-25", `--out=${out}`]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Wrote ${out}`);
    await writeFile(out, "filled in by a service");
    const second = await run("export-updates.ts", ["strategic-plan-2022-25", `--out=${out}`]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain("is already there, and may be a sheet someone has filled in");
    expect(await readFile(out, "utf8")).toBe("filled in by a service");
    const forced = await run("export-updates.ts", [
      "strategic-plan-2022-25",
      `--out=${out}`,
      "--force",
    ]);
    expect(forced.code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(5_000);
  }, 60_000);

  it("writes to sheets/ by default, a folder git ignores", async () => {
    const ignored = await new Promise<number>((resolve) =>
      spawn("git", ["check-ignore", "-q", "sheets/x.xlsx"], { cwd: ROOT }).on("close", (code) =>
        resolve(code ?? -1),
      ),
    );
    expect(ignored).toBe(0);
  });
});
