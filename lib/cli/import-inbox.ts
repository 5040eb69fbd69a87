/**
 * `npm run content:import-inbox -- --base=<git ref> [--format=github]`: imports every sheet
 * (.xlsx or .csv) that the current branch adds or changes under inbox/ since <base>, for those who
 * fill in the workbook and add it to a pull request from GitHub's website (docs/authoring.md).
 * With every sheet imported cleanly it commits the changed content, with the sheets removed from
 * inbox/, to the current branch (the workflow .github/workflows/import-inbox.yml pushes it); with
 * any problem it commits nothing, puts the content back, and reports each problem (as annotations
 * with --format=github, and in the job's summary).
 */
import { execFileSync } from "node:child_process";
import { appendFile } from "node:fs/promises";
import {
  formatSheetProblem,
  formatSheetProblems,
  visible,
} from "@/lib/content/update-sheet/format";
import { SHEET_LIMITS } from "@/lib/content/update-sheet/limits";
import { describeDone, importSheet, readSheetFile, type ImportOutcome } from "./import-sheet";

const INBOX = "inbox";
const SHEET_FILE = /\.(xlsx|csv)$/i;

const base = process.argv.find((arg) => arg.startsWith("--base="))?.slice("--base=".length);
const github = process.argv.includes("--format=github");
const root = process.cwd();

process.exitCode = await main();

async function main(): Promise<number> {
  if (!base) {
    console.error("Name the branch the pull request goes into: --base=origin/main");
    return 2;
  }
  const sheets = git([
    "diff",
    "--name-only",
    "--diff-filter=AM",
    `${base}...HEAD`,
    "--",
    `${INBOX}/`,
  ])
    .split("\n")
    .filter((file) => SHEET_FILE.test(file));
  if (sheets.length === 0) {
    console.log(
      `No sheet (.xlsx or .csv) was added under ${INBOX}/ since ${base}: nothing to import.`,
    );
    return 0;
  }
  const results: { file: string; outcome: ImportOutcome }[] = [];
  for (const file of sheets) {
    const read = await readSheetFile(file);
    const outcome: ImportOutcome =
      "problems" in read
        ? { kind: "refused", problems: read.problems }
        : await importSheet(root, read.bytes);
    results.push({ file, outcome });
  }
  const failed = results.filter(({ outcome }) => outcome.kind !== "done");
  if (failed.length > 0) {
    // All or nothing across the sheets too: what the others wrote is put back.
    git(["checkout", "--", "content"]);
    for (const { file, outcome } of failed) report(file, outcome);
    await summarise(results, false);
    console.error(
      `\n${failed.length} of ${sheets.length} sheet(s) in ${INBOX}/ could not be imported. Nothing was committed.`,
    );
    return 1;
  }
  for (const { file, outcome } of results)
    console.log(describeDone(outcome as Extract<ImportOutcome, { kind: "done" }>, file));
  git(["rm", "--quiet", "--", ...sheets]);
  git(["add", "--", "content"]);
  git(["commit", "--quiet", "-m", commitMessage(results)]);
  await summarise(results, true);
  console.log(
    `Committed the import of ${sheets.join(", ")}; the sheets were removed from ${INBOX}/.`,
  );
  return 0;
}

function git(args: string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
}

function report(file: string, outcome: ImportOutcome): void {
  if (outcome.kind === "content") {
    console.error(
      github ? annotation(file, "The content check failed", outcome.message) : outcome.message,
    );
    return;
  }
  if (outcome.kind !== "refused") return;
  if (!github) {
    console.error(`${file}:\n${formatSheetProblems(outcome.problems)}`);
    return;
  }
  for (const problem of outcome.problems.slice(0, SHEET_LIMITS.problemsShown)) {
    const [title, ...rest] = formatSheetProblem(problem).split("\n");
    console.log(annotation(file, title!, rest.map((line) => line.trim()).join("\n") || title!));
  }
}

/**
 * A GitHub Actions error annotation on the sheet. Its text is escaped as the workflow commands
 * require (%, CR, LF; and , : in properties), so a cell cannot start a command of its own.
 */
function annotation(file: string, title: string, message: string): string {
  const data = (text: string) =>
    text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return `::error file=${property(file)},title=${property(visible(title))}::${data(visible(message))}`;
}

function commitMessage(results: readonly { file: string; outcome: ImportOutcome }[]): string {
  const added = results.flatMap(({ outcome }) =>
    outcome.kind === "done" ? outcome.edits.flatMap((e) => e.added) : [],
  );
  const files = results.map(({ file }) => file).join(", ");
  return `Import ${files}: ${added.length} progress update${added.length === 1 ? "" : "s"}\n\nImported by content:import-inbox from the sheets added to ${INBOX}/ in this pull request;\nthe sheets themselves are removed so that they are not merged.`;
}

/** The job's summary on the pull request's Checks tab, when GitHub gives a file for it. */
async function summarise(
  results: readonly { file: string; outcome: ImportOutcome }[],
  ok: boolean,
) {
  const target = process.env.GITHUB_STEP_SUMMARY;
  if (!target) return;
  const lines = [`## ${ok ? "Imported" : "Not imported"}: the sheets in ${INBOX}/`, ""];
  for (const { file, outcome } of results) {
    const text =
      outcome.kind === "done"
        ? describeDone(outcome, file)
        : outcome.kind === "content"
          ? outcome.message
          : formatSheetProblems(outcome.problems);
    // An indented code block: no fence that a cell's text could close.
    lines.push(`### ${file}`, "", ...text.split("\n").map((line) => `    ${line}`), "");
  }
  await appendFile(target, `${lines.join("\n")}\n`);
}
