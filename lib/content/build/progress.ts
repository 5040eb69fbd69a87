import type { ProgressUpdate, Status } from "../graph";
import type { ContentIssue } from "../issues";
import { didYouMean } from "../nearest";
import type { ParsedEntry } from "../parse-entry";
import type { UpdateFrontmatter } from "../schemas/progress";
import type { FieldPath } from "../field-path";
import { at, byOrder, entriesOf, sourceOf, type Pass } from "./context";
import { uniqueById } from "./ids";

/** The status that means the work is done: the roll-ups count it, and it needs 100 percent. */
export const COMPLETED_STATUS = "completed";

/** The statuses progress is reported with, in their order. */
export function statusesPass(entries: readonly ParsedEntry[]): Pass<Map<string, Status>> {
  const unique = uniqueById(entriesOf(entries, "status"), "status");
  const statuses = [...unique.value.values()]
    .map((entry) => ({ ...entry.data, ...sourceOf(entry) }))
    .sort(byOrder);
  return { value: new Map(statuses.map((status) => [status.id, status])), issues: unique.issues };
}

export interface UpdateContext {
  statuses: ReadonlyMap<string, Status>;
  /** The build's date (YYYY-MM-DD): no update may be dated after it. */
  today: string;
  includeDrafts: boolean;
}

/**
 * An item's progress updates, newest first, each checked against the others and the statuses:
 * a known status, no date after the build's, one update a date, and "completed" only at 100%.
 * Draft updates are checked always but kept only in the preview.
 */
export function updatesPass(
  entry: ParsedEntry,
  itemPath: FieldPath,
  written: readonly UpdateFrontmatter[] | undefined,
  context: UpdateContext,
): Pass<ProgressUpdate[]> {
  const issues: ContentIssue[] = [];
  const seenDates = new Map<string, number>();
  const updates: ProgressUpdate[] = [];
  (written ?? []).forEach((update, index) => {
    const path = [...itemPath, "updates", index];
    const problems = updateProblems(entry, path, update, seenDates.get(update.date), context);
    issues.push(...problems);
    if (!seenDates.has(update.date)) seenDates.set(update.date, index);
    const status = context.statuses.get(update.status);
    if (problems.length > 0 || !status || (update.draft && !context.includeDrafts)) return;
    updates.push({
      date: update.date,
      status,
      percent: update.percent,
      summaryText: update.summary,
      summary: entry.texts.get(update.summary)!,
      links: update.links ?? [],
      line: entry.source.positionOf(path).line,
    });
  });
  return { value: updates.sort((a, b) => b.date.localeCompare(a.date)), issues };
}

function updateProblems(
  entry: ParsedEntry,
  path: FieldPath,
  update: UpdateFrontmatter,
  sameDateIndex: number | undefined,
  context: UpdateContext,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  if (!context.statuses.has(update.status)) {
    issues.push({
      ...at(entry, [...path, "status"]),
      message: `There is no status '${update.status}'.`,
      expected: "the id of a file in content/statuses/",
      found: update.status,
      hint: didYouMean(update.status, context.statuses.keys()),
    });
  }
  if (update.date > context.today) {
    issues.push({
      ...at(entry, [...path, "date"]),
      message: `The update is dated ${update.date}, after today (${context.today}).`,
      expected: `a date on or before ${context.today}`,
      found: update.date,
      hint: "Progress is reported once it has happened: check the year and the month.",
    });
  }
  if (sameDateIndex !== undefined) {
    issues.push({
      ...at(entry, [...path, "date"]),
      message: `There is already an update dated ${update.date} (update ${sameDateIndex + 1}).`,
      expected: "one update a date",
      found: update.date,
      hint: "Put both reports in one update, or correct the date of one of them.",
    });
  }
  if (update.status === COMPLETED_STATUS && update.percent !== undefined && update.percent < 100) {
    issues.push({
      ...at(entry, [...path, "percent"]),
      message: `A completed item is 100% done, but this update says ${update.percent}%.`,
      expected: "percent: 100, or no percent, with status completed",
      found: `${update.percent}`,
      hint: "If the work is not finished, choose another status, such as on-track.",
    });
  }
  return issues;
}
