import { execFileSync } from "node:child_process";
import path from "node:path";

/** One file a commit added, changed, renamed or deleted, with its new content's blob id. */
export interface FileChange {
  /** The path after the commit, relative to the site's root. */
  path: string;
  /** For a rename, the path before it. */
  from?: string;
  /** The blob of the file after the commit; null when the commit deleted it. */
  blob: string | null;
}

/** A commit on the published line (the first parent of each merge) that touched content/. */
export interface ContentCommit {
  commit: string;
  /** The commit's date, ISO 8601 with its offset: when the change reached this line. */
  date: string;
  subject: string;
  files: FileChange[];
}

export type ContentLog =
  | { available: true; commits: ContentCommit[]; blobs: ReadonlyMap<string, string> }
  | { available: false; reason: string };

const BLOB_ABSENT = /^0+$/;

/**
 * Every version of every content file, read with two git commands whatever the number of items:
 * one `git log` of content/ along the published line, oldest first, with the blob of each file a
 * commit changed, and one `git cat-file --batch` that reads all those blobs. A copy without its
 * history (a shallow clone, an export without .git, a folder inside another repository that does
 * not hold its content) answers why, in words for residents (the page says it: "not available in
 * this copy of the site: …"), and nothing is invented. Git runs in the content folder, so
 * a content folder kept in a repository of its own (a benchmark's synthetic history) is read from
 * that repository; paths come back relative to the site's root all the same.
 */
export function readContentLog(root: string, contentDir = "content"): ContentLog {
  const run = (args: string[], input?: string): Buffer =>
    execFileSync("git", args, {
      cwd: path.join(/*turbopackIgnore: true*/ root, contentDir),
      input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ["pipe", "pipe", "ignore"],
    });
  const git = (args: string[]) => run(args).toString("utf8");
  let log: string;
  try {
    if (git(["rev-parse", "--is-shallow-repository"]).trim() === "true") {
      return {
        available: false,
        reason:
          "this copy was published with the latest version only, without the record of earlier ones",
      };
    }
    log = git([
      "log",
      "--first-parent",
      "--diff-merges=first-parent",
      "--reverse",
      "--relative",
      "-M",
      "--raw",
      "--no-abbrev",
      "-z",
      "--format=%x1e%H%x1f%cI%x1f%s",
      "--",
      ".",
    ]);
  } catch {
    return { available: false, reason: "this copy was published without its record of changes" };
  }
  const commits = parseLog(log).map((commit) => ({
    ...commit,
    files: commit.files.map((file) => ({
      ...file,
      path: `${contentDir}/${file.path}`,
      ...(file.from !== undefined ? { from: `${contentDir}/${file.from}` } : {}),
    })),
  }));
  if (commits.length === 0) {
    return {
      available: false,
      reason: "the record of changes published with this copy does not include the plans",
    };
  }
  const wanted = [...new Set(commits.flatMap((c) => c.files.map((f) => f.blob)))].filter(
    (blob): blob is string => blob !== null,
  );
  if (wanted.length === 0) return { available: true, commits, blobs: new Map() };
  const batch = run(["cat-file", "--batch"], `${wanted.join("\n")}\n`);
  return { available: true, commits, blobs: readBlobs(batch) };
}

/** `git log -z --raw` output: records start with \x1e; a header, then NUL-separated raw lines. */
export function parseLog(log: string): ContentCommit[] {
  return log
    .split("\x1e")
    .filter((record) => record.trim() !== "")
    .map((record) => {
      const headerEnd = record.indexOf("\0");
      const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
      const [commit = "", date = "", subject = ""] = header.trim().split("\x1f");
      const tokens = headerEnd === -1 ? [] : record.slice(headerEnd + 1).split("\0");
      return { commit, date, subject, files: rawChanges(tokens) };
    });
}

/** `:100644 100644 <old> <new> M`, then one path, or two for a rename or copy. */
function rawChanges(tokens: readonly string[]): FileChange[] {
  const changes: FileChange[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const meta = tokens[index]!.trim();
    if (!meta.startsWith(":")) continue;
    const [, , , newBlob = "", status = ""] = meta.slice(1).split(" ");
    const blob = BLOB_ABSENT.test(newBlob) || status.startsWith("D") ? null : newBlob;
    if (status.startsWith("R") || status.startsWith("C")) {
      const from = tokens[index + 1] ?? "";
      const path = tokens[index + 2] ?? "";
      changes.push(status.startsWith("R") ? { path, from, blob } : { path, blob });
      index += 2;
    } else {
      changes.push({ path: tokens[index + 1] ?? "", blob });
      index += 1;
    }
  }
  return changes;
}

/** `git cat-file --batch` answers each id with "<id> blob <size>\n<content>\n". */
function readBlobs(output: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(0x0a, offset);
    if (lineEnd === -1) break;
    const [id = "", type = "", size = "0"] = output.subarray(offset, lineEnd).toString().split(" ");
    if (type !== "blob") {
      offset = lineEnd + 1;
      continue;
    }
    const start = lineEnd + 1;
    const end = start + Number(size);
    blobs.set(id, output.subarray(start, end).toString("utf8"));
    offset = end + 1;
  }
  return blobs;
}
