import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadWith } from "./fixture-tree";

const STATUSES = path.resolve(import.meta.dirname, "../fixtures/progress/statuses");
export const FIRST = "plans/test-plan/priorities/01-first-priority.mdx";

/** The default statuses (a copy of content/statuses/), as files for `loadWith`. */
export async function statusFiles(): Promise<Record<string, string>> {
  const names = await readdir(STATUSES);
  const entries = await Promise.all(
    names.map(
      async (name) =>
        [`statuses/${name}`, await readFile(path.join(STATUSES, name), "utf8")] as const,
    ),
  );
  return Object.fromEntries(entries);
}

/** The minimal fixture's first priority with `updates` (YAML, indented for an action) on action 1. */
export function firstPriorityWith(updates: string, objectives = ""): string {
  return `---
id: first-priority
number: 1
title: We will test the first priority
planTheme: thriving-people
commitment: We will test everything.
themes: [health]
${objectives}actions:
  - number: 1
    group: Safe lives
    text: The first action.
    lead: fire-and-rescue-service
    themes: [health]
${updates}  - number: 2
    group: Safe lives
    text: The second action.
    themes: [health]
---

The body.
`;
}

/** Loads the minimal fixture with the statuses and the given files. */
export async function loadWithProgress(files: Record<string, string | null>, includeDrafts = true) {
  return loadWith({ ...(await statusFiles()), ...files }, includeDrafts);
}
