/**
 * `npm run content:import-updates -- <file.csv>`: adds a quarter's progress updates from a sheet
 * (columns reference,date,status,percent,summary) to the content files. Every row is checked
 * before anything is written; with any problem nothing is written and each problem is printed
 * with its row and column. Importing the same sheet twice changes nothing the second time.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { MDX_COMPONENT_NAMES } from "@/components/mdx/names";
import { checkMdx } from "@/lib/content/compile-mdx";
import { formatIssues } from "@/lib/content/issues";
import { formatSheetProblem, planImport } from "@/lib/content/updates-csv/import";
import { loadSite } from "@/lib/site/load-site";

// --root: another copy of the repository to edit (the tests import into a copy of the content).
const root =
  process.argv.find((arg) => arg.startsWith("--root="))?.slice("--root=".length) ?? process.cwd();
const sheetPath = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!sheetPath) {
  console.error("Name the sheet to import: npm run content:import-updates -- updates.csv");
  process.exit(2);
}
const loaded = await loadSite({ root, includeDrafts: true, purpose: "check" });
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues));
  console.error("\nFix these problems first (npm run content:check), then import again.");
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const plan = await planImport(loaded.graph, root, await readFile(sheetPath), {
  today,
  checkSummary: async (summary) => {
    const result = await checkMdx(summary, MDX_COMPONENT_NAMES);
    return result.ok ? [] : result.problems.map((problem) => problem.message);
  },
});
if (plan.problems.length > 0) {
  console.error(plan.problems.map(formatSheetProblem).join("\n\n"));
  console.error(`\n${plan.problems.length} problem(s) in ${sheetPath}. Nothing was written.`);
  process.exit(1);
}
if (plan.edits.length === 0) {
  console.log(
    `No changes: all ${plan.skipped.length} updates in ${sheetPath} are already in the content.`,
  );
  process.exit(0);
}
for (const edit of plan.edits) await writeFile(path.join(root, edit.file), edit.after);
// The sheet was checked against the content; check the written files as the build will.
const after = await loadSite({ root, includeDrafts: true, purpose: "check" });
if (!after.ok) {
  for (const edit of plan.edits) await writeFile(path.join(root, edit.file), edit.before);
  console.error(formatIssues(after.issues));
  console.error(
    "\nThe updated files did not pass the content check, so they were put back as they were.",
  );
  process.exit(1);
}
const added = plan.edits.flatMap((edit) => edit.added);
const items = new Set(added.map((update) => update.item.reference));
console.log(
  `Added ${added.length} update${added.length === 1 ? "" : "s"} to ${items.size} item${items.size === 1 ? "" : "s"} in ${plan.edits.length} file${plan.edits.length === 1 ? "" : "s"}` +
    (plan.skipped.length > 0 ? ` (${plan.skipped.length} already there)` : "") +
    ":",
);
for (const edit of plan.edits) {
  console.log(
    `  ${edit.file}: ${edit.added.map((update) => `${update.item.reference} ${update.update.date}`).join(", ")}`,
  );
}
