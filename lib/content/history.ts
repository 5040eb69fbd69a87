import { execFileSync } from "node:child_process";

export interface ContentChange {
  /** ISO date of the commit. */
  date: string;
  subject: string;
  files: string[];
}

export type ContentHistory =
  | { available: true; lastUpdated: ReadonlyMap<string, string>; changes: ContentChange[] }
  | { available: false; reason: string };

/**
 * When each content file last changed, from git. A build without history (a shallow clone, an
 * export without .git) still succeeds and says so on the pages instead of inventing dates.
 */
export function readContentHistory(root: string, contentDir = "content"): ContentHistory {
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  let log: string;
  try {
    if (git("rev-parse", "--is-shallow-repository").trim() === "true") {
      return { available: false, reason: "this copy of the site was built from a shallow clone" };
    }
    log = git("log", "--format=%x1e%cI%x1f%s", "--name-only", "--", contentDir);
  } catch {
    return { available: false, reason: "this copy of the site was built without its git history" };
  }
  const changes: ContentChange[] = log
    .split("\x1e")
    .filter((record) => record.trim() !== "")
    .map((record) => {
      const [header = "", ...files] = record.split("\n");
      const [date = "", subject = ""] = header.split("\x1f");
      return { date, subject, files: files.filter((file) => file.trim() !== "") };
    });
  const lastUpdated = new Map<string, string>();
  for (const change of changes) {
    for (const file of change.files) if (!lastUpdated.has(file)) lastUpdated.set(file, change.date);
  }
  return { available: true, lastUpdated, changes };
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
}
