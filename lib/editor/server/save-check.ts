import { cp, lstat, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ContentIssue } from "@/lib/content/issues";
import { loadSite } from "@/lib/site/load-site";
import { EDITABLE_FOLDER } from "./editable-paths";

/** A file the editor is about to write: its path from the repository root, and its new text. */
export interface PendingWrite {
  path: string;
  raw: string;
}

/**
 * The content check, run on the content as it would be after a save, before anything is written:
 * the problems the save would add. Problems the content has already (a file being fixed by hand,
 * say) are not the save's, so they do not stop it; a problem is the same one when its file, field
 * and words are, wherever its line moves to.
 */
export async function problemsOfSave(
  root: string,
  writes: readonly PendingWrite[],
): Promise<ContentIssue[]> {
  const after = await problemsWith(root, writes);
  if (after.length === 0) return [];
  const before = new Set((await problemsWith(root, [])).map(identity));
  return after.filter((issue) => !before.has(identity(issue)));
}

function identity(issue: ContentIssue): string {
  return JSON.stringify([issue.file, issue.field, issue.message, issue.found]);
}

/** Every problem of a copy of content/ with the writes made to it (the real folder is not touched). */
async function problemsWith(
  root: string,
  writes: readonly PendingWrite[],
): Promise<ContentIssue[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "council-editor-check-"));
  try {
    // Symbolic links are left out of the copy: a write must never follow one out of the copy.
    await cp(path.join(root, EDITABLE_FOLDER), path.join(scratch, EDITABLE_FOLDER), {
      recursive: true,
      filter: async (source) => !(await lstat(source)).isSymbolicLink(),
    });
    for (const write of writes) {
      const target = path.join(scratch, write.path);
      await mkdir(path.dirname(target), { recursive: true });
      await rm(target, { force: true });
      await writeFile(target, write.raw, { flag: "wx" });
    }
    const result = await loadSite({ root: scratch, includeDrafts: true, purpose: "check" });
    return result.ok ? [] : result.issues;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
