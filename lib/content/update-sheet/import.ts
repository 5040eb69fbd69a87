import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentGraph } from "../graph";
import { applyUpdates, type FileEdit } from "./apply";
import { readSheet, type SheetRow } from "./rows";
import type { SheetProblem } from "./table";
import { checkRows, type CheckOptions, type ImportedUpdate } from "./validate";

export interface ImportPlan {
  edits: FileEdit[];
  /** Rows already in the content, exactly: importing the same sheet twice changes nothing. */
  skipped: ImportedUpdate[];
  problems: SheetProblem[];
}

/** Everything a sheet's bytes would change (see `planRows`). */
export async function planImport(
  graph: ContentGraph,
  root: string,
  sheet: Uint8Array,
  options: CheckOptions,
): Promise<ImportPlan> {
  const read = await readSheet(sheet);
  if (read.problems.length > 0) return { edits: [], skipped: [], problems: read.problems };
  return planRows(graph, root, read.rows, options);
}

/**
 * Everything a sheet's rows would change, worked out before anything is written: with any
 * problem, there are no edits at all.
 */
export async function planRows(
  graph: ContentGraph,
  root: string,
  rows: readonly SheetRow[],
  options: CheckOptions,
): Promise<ImportPlan> {
  const checked = await checkRows(graph, rows, options);
  // The valid rows are still placed in their files, so a clash with an update already there is
  // reported with the other problems, all at once.
  const byFile = new Map<string, ImportedUpdate[]>();
  for (const update of checked.updates) {
    const file = update.item.priority.file;
    byFile.set(file, [...(byFile.get(file) ?? []), update]);
  }
  const edits: FileEdit[] = [];
  const skipped: ImportedUpdate[] = [];
  const problems: SheetProblem[] = [...checked.problems];
  for (const [file, updates] of byFile) {
    const text = await readFile(path.join(root, file), "utf8");
    const applied = applyUpdates(file, text, updates);
    skipped.push(...applied.skipped);
    problems.push(...applied.problems);
    if (applied.edit) edits.push(applied.edit);
  }
  problems.sort((a, b) => a.row - b.row);
  return problems.length > 0 ? { edits: [], skipped: [], problems } : { edits, skipped, problems };
}
