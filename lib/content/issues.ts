/**
 * One problem found in a content file. Every problem names the file, the place in it and, where it
 * applies, the field, so an editor can go straight to it.
 */
export interface ContentIssue {
  /** Path relative to the repository root, e.g. "content/plans/x/priorities/01-a.mdx". */
  file: string;
  line: number;
  column: number;
  /** The frontmatter field path, e.g. "actions → item 4 → lead" (items counted from 1); absent for problems in the MDX body. */
  field?: string;
  /** What is wrong, in plain words. */
  message: string;
  expected?: string;
  found?: string;
  /** How to fix it. */
  hint?: string;
}

export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    super(formatIssues(issues));
    this.name = "ContentError";
    this.issues = issues;
  }
}

export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.file}:${issue.line}:${issue.column}`;
  const lines = [`${where}${issue.field ? ` — ${issue.field}` : ""}`, `  ${issue.message}`];
  if (issue.expected !== undefined) lines.push(`  expected: ${issue.expected}`);
  if (issue.found !== undefined) lines.push(`  found:    ${issue.found}`);
  if (issue.hint !== undefined) lines.push(`  fix:      ${issue.hint}`);
  return lines.join("\n");
}

export function formatIssues(issues: readonly ContentIssue[]): string {
  const noun = issues.length === 1 ? "problem" : "problems";
  return `${issues.length} content ${noun}:\n\n${issues.map(formatIssue).join("\n\n")}`;
}

/** GitHub Actions workflow command, so the problem shows on the changed line of a pull request. */
export function formatIssueForGithub(issue: ContentIssue): string {
  const details = [
    issue.field ? `${issue.field}: ${issue.message}` : issue.message,
    issue.expected !== undefined ? `expected ${issue.expected}` : undefined,
    issue.found !== undefined ? `found ${issue.found}` : undefined,
    issue.hint,
  ]
    .filter((part): part is string => part !== undefined)
    // Parts are joined with ". ": drop their own closing stop, except the last one's.
    .map((part, index, parts) => (index < parts.length - 1 ? part.replace(/\.$/, "") : part));
  const escape = (text: string) =>
    text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (text: string) => escape(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return `::error file=${escapeProperty(issue.file)},line=${issue.line},col=${issue.column}::${escape(details.join(". "))}`;
}

export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}
