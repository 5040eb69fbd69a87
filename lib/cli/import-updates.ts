/**
 * `npm run content:import-updates -- <file.xlsx|file.csv>`: adds a quarter's progress updates
 * from a filled-in sheet to the content files. Every row is checked before anything is written;
 * with any problem nothing is written and each problem is printed with its row and column.
 * Importing the same sheet twice changes nothing the second time.
 *
 * The process ends by itself (process.exitCode, never process.exit), so everything printed
 * reaches a pipe or a file whole, the closing "Nothing was written" included.
 */
import { formatSheetProblems, visible } from "@/lib/content/update-sheet/format";
import type { SheetProblem } from "@/lib/content/update-sheet/table";
import { describeDone, importSheet, readSheetFile } from "./import-sheet";

// --root: another copy of the repository to edit (the tests import into a copy of the content).
const root =
  process.argv.find((arg) => arg.startsWith("--root="))?.slice("--root=".length) ?? process.cwd();
const sheetPath = process.argv.slice(2).find((arg) => !arg.startsWith("--"));

process.exitCode = await main();

async function main(): Promise<number> {
  if (!sheetPath) {
    console.error(
      "Name the sheet to import: npm run content:import-updates -- sheets/<plan>-updates.xlsx",
    );
    return 2;
  }
  const file = await readSheetFile(sheetPath);
  if ("problems" in file) return refuse(file.problems);
  const outcome = await importSheet(root, file.bytes);
  if (outcome.kind === "refused") return refuse(outcome.problems);
  if (outcome.kind === "content") {
    console.error(outcome.message);
    return 1;
  }
  console.log(describeDone(outcome, visible(sheetPath)));
  return 0;
}

function refuse(problems: readonly SheetProblem[]): number {
  const noun = problems.length === 1 ? "problem" : "problems";
  console.error(formatSheetProblems(problems));
  console.error(
    `\n${problems.length.toLocaleString("en-GB")} ${noun} in ${visible(sheetPath ?? "")}. Nothing was written.`,
  );
  return 1;
}
