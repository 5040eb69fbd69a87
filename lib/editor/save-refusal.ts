import type { ContentIssue } from "@/lib/content/issues";

/**
 * What the editor says when the content check refuses a save: the check's own words for each
 * problem (the field, named as the form names it, what is wrong, how to fix it), and that nothing
 * was written. The file proxy answers it to a save, and to the editor's check before a save.
 */

/** More than this and the message would not fit the editor's notice: the rest are counted. */
const SHOWN = 4;

export function refusedSaveMessage(
  problems: readonly ContentIssue[],
  fieldLabel: (file: string, field: string) => string = (_, field) => field,
): string {
  const shown = problems
    .slice(0, SHOWN)
    .map((issue) =>
      describe({ ...issue, field: issue.field && fieldLabel(issue.file, issue.field) }),
    );
  const rest = problems.length - shown.length;
  const more = rest > 0 ? [`And ${rest} more ${rest === 1 ? "problem" : "problems"}.`] : [];
  return [
    "Not published: nothing was saved, because the content check found a problem.",
    ...shown,
    ...more,
    "Change the form and publish again.",
  ].join("\n");
}

function describe(issue: ContentIssue): string {
  const field = issue.field ? `${sentenceCase(issue.field)}: ` : "";
  const fix = issue.hint ? ` ${issue.hint}` : "";
  return `${field}${issue.message}${fix}`;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
