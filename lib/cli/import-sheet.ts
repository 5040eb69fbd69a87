/**
 * One import of a sheet of updates into a copy of the repository, shared by
 * `content:import-updates` (a person at a terminal) and `content:import-inbox` (the pull-request
 * workflow): read the file within the limits, check every row against the content, write only
 * when nothing is wrong, then check the written files as the build will and put them back if not.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { checkMdx } from "@/lib/content/compile-mdx";
import { formatIssues } from "@/lib/content/issues";
import type { FileEdit } from "@/lib/content/update-sheet/apply";
import { planRows } from "@/lib/content/update-sheet/import";
import { SHEET_LIMITS } from "@/lib/content/update-sheet/limits";
import { readSheet, tooLarge } from "@/lib/content/update-sheet/rows";
import type { SheetProblem } from "@/lib/content/update-sheet/table";
import { loadSite } from "@/lib/site/load-site";
import { today as londonToday } from "@/lib/content/today";

export type ImportOutcome =
  | { kind: "refused"; problems: SheetProblem[] }
  /** The content itself does not pass the check, before or after the import. */
  | { kind: "content"; message: string }
  | { kind: "done"; edits: FileEdit[]; skipped: number };

/** The file's bytes, or a plain sentence on why there are none (no stack trace, ever). */
export async function readSheetFile(
  file: string,
): Promise<{ bytes: Uint8Array } | { problems: SheetProblem[] }> {
  const sentence = (message: string, hint: string) => ({ problems: [{ row: 0, message, hint }] });
  try {
    const info = await stat(file);
    if (info.isDirectory()) {
      return sentence(`${file} is a folder, not a sheet.`, "Name the sheet file inside it.");
    }
    if (info.size > SHEET_LIMITS.fileBytes) return { problems: [tooLarge(info.size)] };
    return { bytes: await readFile(file) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      return sentence(
        `There is no file ${file} (looked in ${path.dirname(path.resolve(file))}).`,
        "Check the name and the folder; exported sheets are in sheets/.",
      );
    }
    return sentence(
      `The file ${file} cannot be opened (${code ?? "unknown error"}).`,
      "Check that it is not open elsewhere and that you may read it.",
    );
  }
}

export async function importSheet(
  root: string,
  bytes: Uint8Array,
  today = londonToday(),
): Promise<ImportOutcome> {
  const read = await readSheet(bytes);
  if (read.problems.length > 0) return { kind: "refused", problems: read.problems };
  const loaded = await loadSite({ root, includeDrafts: true, purpose: "check" });
  if (!loaded.ok) {
    return {
      kind: "content",
      message: `${formatIssues(loaded.issues)}\n\nFix these problems first (npm run content:check), then import again.`,
    };
  }
  const plan = await planRows(loaded.graph, root, read.rows, {
    today,
    checkSummary: async (summary) => {
      const result = await checkMdx(summary, MDX_COMPONENT_NAMES, { remember: false });
      return result.ok ? [] : result.problems.map((problem) => problem.message);
    },
  });
  if (plan.problems.length > 0) return { kind: "refused", problems: plan.problems };
  for (const edit of plan.edits) await writeFile(path.join(root, edit.file), edit.after);
  if (plan.edits.length > 0) {
    // The sheet was checked against the content; check the written files as the build will.
    const after = await loadSite({ root, includeDrafts: true, purpose: "check" });
    if (!after.ok) {
      for (const edit of plan.edits) await writeFile(path.join(root, edit.file), edit.before);
      return {
        kind: "content",
        message: `${formatIssues(after.issues)}\n\nThe updated files did not pass the content check, so they were put back as they were. Nothing was written.`,
      };
    }
  }
  return { kind: "done", edits: plan.edits, skipped: plan.skipped.length };
}

/** "Added 12 updates to 12 items in 4 files (3 already there):" and a line a file. */
export function describeDone(
  outcome: Extract<ImportOutcome, { kind: "done" }>,
  file: string,
): string {
  const added = outcome.edits.flatMap((edit) => edit.added);
  if (added.length === 0) {
    return outcome.skipped === 0
      ? `Nothing to add: no row of ${file} has a date, status, percent or summary filled in.`
      : `No changes: all ${outcome.skipped} updates in ${file} are already in the content.`;
  }
  const items = new Set(added.map((update) => update.item.reference));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = outcome.edits.map(
    (edit) =>
      `  ${edit.file}: ${edit.added.map((u) => `${u.item.reference} ${u.update.date}`).join(", ")}`,
  );
  return [
    `Added ${plural(added.length, "update")} to ${plural(items.size, "item")} in ${plural(outcome.edits.length, "file")}` +
      (outcome.skipped > 0 ? ` (${outcome.skipped} already there)` : "") +
      ":",
    ...lines,
  ].join("\n");
}
