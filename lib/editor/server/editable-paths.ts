import { lstat } from "node:fs/promises";
import path from "node:path";

/**
 * What the editor may read and write: the content files, and nothing else of the working tree.
 * decap-server itself keeps paths inside the repository (with realpath), which still lets it
 * write code the dev server runs, git hooks or the lockfile. Every path a request names is
 * checked here first, as written and on disk.
 */

/** The folder of the content files and the one kind of file in it the editor edits. */
export const EDITABLE_FOLDER = "content";
export const EDITABLE_EXTENSION = ".mdx";

/** What a path names: a file the editor reads or writes, or a folder it lists. */
export type PathUse = "file" | "folder";

/**
 * Why `relative` (as the editor sends it, from the repository root) is not one the editor may
 * use, or undefined. Only the plain spelling of a path under content/ is accepted: no `..`, `.`
 * or empty segments, no absolute path, backslash, percent-encoding or control character, no
 * hidden names, and a file must be an .mdx file.
 */
export function pathProblem(relative: unknown, use: PathUse): string | undefined {
  if (typeof relative !== "string" || relative === "") return "no path was given";
  if (/[\u0000-\u001f\u007f\\%]/.test(relative)) {
    return "the path holds a backslash, a percent sign or a control character";
  }
  if (relative.startsWith("/")) return "the path is absolute";
  const segments = relative.split("/");
  if (segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    return "the path has an empty, '.' or '..' part";
  }
  if (segments.some((segment) => segment.startsWith("."))) return "the path names a hidden file";
  if (segments[0] !== EDITABLE_FOLDER) return `the path is outside ${EDITABLE_FOLDER}/`;
  if (use === "file" && (segments.length < 2 || !relative.endsWith(EDITABLE_EXTENSION))) {
    return `the path is not a ${EDITABLE_EXTENSION} file in ${EDITABLE_FOLDER}/`;
  }
  return undefined;
}

/**
 * The same, and on disk: no part of the path that exists (content/ itself included) may be a
 * symbolic link, which could lead out of content/ to code or to another folder.
 */
export async function diskPathProblem(
  root: string,
  relative: unknown,
  use: PathUse,
): Promise<string | undefined> {
  const written = pathProblem(relative, use);
  if (written !== undefined) return written;
  let at = root;
  for (const segment of (relative as string).split("/")) {
    at = path.join(at, segment);
    const stats = await lstat(at).catch(() => undefined);
    if (stats === undefined) return undefined;
    if (stats.isSymbolicLink()) return "part of the path is a symbolic link";
  }
  return undefined;
}
