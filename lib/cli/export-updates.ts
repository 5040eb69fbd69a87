/**
 * `npm run content:export-updates -- <plan> [--csv] [--out=file] [--force]`: the workbook a
 * service fills in with a quarter's progress, one row an action or objective, for
 * content:import-updates. It is written to sheets/ (which git ignores, so a filled-in copy is
 * never committed by mistake) and never over an existing file unless --force says so.
 */
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { formatIssues } from "@/lib/content/issues";
import { didYouMean } from "@/lib/content/nearest";
import { exportCsv } from "@/lib/content/update-sheet/export-csv";
import { exportXlsx } from "@/lib/content/update-sheet/export-xlsx";
import { loadSite } from "@/lib/site/load-site";

/** Where sheets go unless told: a folder git ignores (.gitignore). */
export const SHEETS_FOLDER = "sheets";

const args = process.argv.slice(2);
const planId = args.find((arg) => !arg.startsWith("--"));
const csv = args.includes("--csv");
const force = args.includes("--force");
const out = args.find((arg) => arg.startsWith("--out="))?.slice("--out=".length);

process.exitCode = await main();

async function main(): Promise<number> {
  const loaded = await loadSite({ root: process.cwd(), includeDrafts: false, purpose: "check" });
  if (!loaded.ok) {
    console.error(formatIssues(loaded.issues));
    return 1;
  }
  const plans = loaded.graph.plans;
  const plan = plans.find((candidate) => candidate.id === planId);
  if (!plan) {
    const known = plans.map((p) => p.id);
    console.error(
      `Name a plan: npm run content:export-updates -- <plan>. ${
        planId
          ? `There is no plan '${planId}'. ${didYouMean(planId, known)}`
          : `The plans are: ${known.join(", ")}.`
      }`,
    );
    return 2;
  }
  const file = out ?? path.join(SHEETS_FOLDER, `${plan.id}-updates.${csv ? "csv" : "xlsx"}`);
  const bytes = csv ? exportCsv(plan) : await exportXlsx(plan, loaded.graph.statuses);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  try {
    await writeFile(file, bytes, { flag: force ? "w" : "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    console.error(
      `${file} is already there, and may be a sheet someone has filled in: it was left as it is.\n` +
        "Import it first (npm run content:import-updates -- " +
        `${file}), write elsewhere with --out=<file>, or replace it with --force.`,
    );
    return 1;
  }
  console.log(`Wrote ${path.resolve(file)}`);
  if (trackedByGit(file)) {
    console.log(
      "Note: git does not ignore this place, so the sheet could be committed by mistake. Keep filled-in sheets in sheets/ or outside the repository.",
    );
  }
  console.log(
    `Send it to the services. When it comes back filled in: npm run content:import-updates -- ${file}`,
  );
  return 0;
}

/** Whether the file is inside a git work tree and not ignored there. */
function trackedByGit(file: string): boolean {
  try {
    execFileSync("git", ["check-ignore", "-q", path.resolve(file)], {
      cwd: path.dirname(path.resolve(file)),
      stdio: "ignore",
    });
    return false;
  } catch (error) {
    // Exit status 1: not ignored. 128: not in a repository, or no git; either way nothing to say.
    return (error as { status?: number }).status === 1;
  }
}
