import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { buildGraph } from "./build-graph";
import type { ContentGraph } from "./graph";
import { sortIssues, type ContentIssue } from "./issues";
import type { CompileResult } from "./compile-mdx";
import { mapLimited } from "./map-limited";
import { parseEntry, type ParsedEntry } from "./parse-entry";
import { checkLinks } from "../site/links";

export interface LoadOptions {
  /** The repository root; file names in messages are relative to it. */
  root: string;
  /** The content folder, relative to the root. */
  contentDir?: string;
  /** Drafts are validated always, but published only in the preview. */
  includeDrafts: boolean;
  /** How bodies are compiled: `compileMdx` for pages unless given (the content check passes `checkMdx`). */
  compile?: (body: string) => Promise<CompileResult>;
}

export type LoadResult =
  { ok: true; graph: ContentGraph; files: string[] } | { ok: false; issues: ContentIssue[] };

/** Files read and compiled at once: enough to overlap reading with compiling, few enough to keep memory flat. */
const FILES_AT_ONCE = 8;

/**
 * Read → validate → compile → resolve. The one path every content file takes. It gathers every
 * problem in every file before it answers, and answers with either a whole graph or no graph.
 */
export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  const contentDir = options.contentDir ?? "content";
  const absolute = path.join(/*turbopackIgnore: true*/ options.root, contentDir);
  const names = (await readdir(absolute, { recursive: true, withFileTypes: true }))
    .filter((dirent) => dirent.isFile())
    .map((dirent) =>
      path.relative(absolute, path.join(/*turbopackIgnore: true*/ dirent.parentPath, dirent.name)),
    )
    .map((name) => name.split(path.sep).join("/"))
    .sort();

  const issues: ContentIssue[] = [];
  for (const name of names.filter((n) => /\.(md|markdown|mdown)$/i.test(n))) {
    issues.push({
      file: `${contentDir}/${name}`,
      line: 1,
      column: 1,
      message: "Content files must end in .mdx; this file would be ignored.",
      expected: ".mdx",
      found: path.extname(name),
      hint: `Rename it to ${contentDir}/${name.replace(/\.[^.]+$/, ".mdx")}.`,
    });
  }

  const mdxNames = names.filter((name) => name.endsWith(".mdx"));
  const results = await mapLimited(mdxNames, FILES_AT_ONCE, async (name) => {
    const file = `${contentDir}/${name}`;
    const text = await readFile(path.join(/*turbopackIgnore: true*/ absolute, name), "utf8");
    return parseEntry(file, name, text, options.compile);
  });
  const entries: ParsedEntry[] = [];
  for (const result of results) {
    issues.push(...result.issues);
    if (result.entry) entries.push(result.entry);
  }
  // Cross-file checks on a half-valid set would only repeat the problems above.
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };

  const built = buildGraph(entries, { includeDrafts: options.includeDrafts });
  if (!built.graph) return { ok: false, issues: sortIssues(built.issues) };
  const linkIssues = checkLinks(built.graph);
  if (linkIssues.length > 0) return { ok: false, issues: sortIssues(linkIssues) };
  return {
    ok: true,
    graph: deepFreeze(built.graph),
    files: mdxNames.map((n) => `${contentDir}/${n}`),
  };
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  if (value instanceof Map) {
    for (const item of value.values()) deepFreeze(item, seen);
  } else {
    for (const item of Object.values(value)) deepFreeze(item, seen);
  }
  return Object.freeze(value);
}
