/**
 * The folder a content file sits in decides what kind of entry it is, so editors never write the kind
 * by hand. This is the only place that knows the layout of content/.
 */
export type EntryKind =
  | "site"
  | "plan"
  | "planTheme"
  | "priority"
  | "planPage"
  | "figure"
  | "service"
  | "theme"
  | "sitePage"
  | "status";

export interface Classified {
  kind: EntryKind;
  /** The plan's folder name, for entries inside content/plans/<plan>/. */
  planFolder?: string;
}

const PATTERNS: readonly [RegExp, EntryKind][] = [
  [/^site\.mdx$/, "site"],
  [/^plans\/([^/]+)\/plan\.mdx$/, "plan"],
  [/^plans\/([^/]+)\/themes\/[^/]+\.mdx$/, "planTheme"],
  [/^plans\/([^/]+)\/priorities\/[^/]+\.mdx$/, "priority"],
  [/^plans\/([^/]+)\/pages\/[^/]+\.mdx$/, "planPage"],
  [/^plans\/([^/]+)\/figures\/[^/]+\.mdx$/, "figure"],
  [/^services\/[^/]+\.mdx$/, "service"],
  [/^themes\/[^/]+\.mdx$/, "theme"],
  [/^pages\/[^/]+\.mdx$/, "sitePage"],
  [/^statuses\/[^/]+\.mdx$/, "status"],
];

/** `relativePath` is relative to the content folder, with forward slashes. */
export function classify(relativePath: string): Classified | undefined {
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(relativePath);
    if (match) return match[1] ? { kind, planFolder: match[1] } : { kind };
  }
  return undefined;
}

export const CONTENT_LAYOUT = [
  "content/site.mdx",
  "content/plans/<plan>/plan.mdx",
  "content/plans/<plan>/themes/<theme>.mdx",
  "content/plans/<plan>/priorities/<priority>.mdx",
  "content/plans/<plan>/pages/<page>.mdx",
  "content/plans/<plan>/figures/<figure>.mdx",
  "content/services/<service>.mdx",
  "content/themes/<theme>.mdx",
  "content/pages/<page>.mdx",
  "content/statuses/<status>.mdx",
] as const;
