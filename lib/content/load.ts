import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { buildGraph, type ReservedIds } from "./build-graph";
import type { ContentGraph } from "./graph";
import { sortIssues, type ContentIssue } from "./issues";
import { checkMdx, compileMdx } from "./compile-mdx";
import { mapLimited } from "./map-limited";
import { parseEntry, type ParsedEntry } from "./parse-entry";
import { readContentFile, type ReadResult } from "./read-file";
import { today } from "./today";

export interface LoadOptions {
  /** The repository root; file names in messages are relative to it. */
  root: string;
  /** The content folder, relative to the root. */
  contentDir?: string;
  /** Drafts are validated always, but published only in the preview. */
  includeDrafts: boolean;
  /**
   * "render" compiles bodies for the pages (`compileMdx`); "check" checks them the same way without
   * generating code (`checkMdx`), for the content check and the editors' report.
   */
  purpose: "render" | "check";
  /** The components MDX bodies may use (lib/site/mdx-names.ts): data, so the model loads no React. */
  mdxComponents: readonly string[];
  /** Ids the site's own pages own, so no entry may take them (lib/site/pages.ts). */
  reservedIds: ReservedIds;
  /** The build's date, YYYY-MM-DD; today unless given (tests fix it). */
  today?: string;
}

export type LoadResult =
  { ok: true; graph: ContentGraph; files: string[] } | { ok: false; issues: ContentIssue[] };

/** Files read and compiled at once: enough to overlap reading with compiling, few enough to keep memory flat. */
const FILES_AT_ONCE = 8;

/** The files of a content folder, before any is read. */
export interface ContentListing {
  /** Every file's path relative to the content folder, with forward slashes, sorted. */
  names: string[];
  /** Problems with the folder itself: symbolic links, Markdown files that would be ignored. */
  issues: ContentIssue[];
}

/** How one file is parsed: `parseEntry`, or a cache in front of it that gives the same answer. */
export type ParseFile = typeof parseEntry;

/**
 * Read → validate → compile → resolve. The one path every content file takes. It gathers every
 * problem in every file before it answers, and answers with either a whole graph or no graph.
 * Checks that need the site's pages (links and anchors) are the caller's: lib/site/load-site.ts.
 */
export async function loadContent(options: LoadOptions): Promise<LoadResult> {
  const contentDir = options.contentDir ?? "content";
  const absolute = path.join(/*turbopackIgnore: true*/ options.root, contentDir);
  const listing = await listContent(absolute, contentDir);
  return loadListed(listing, options, (name) =>
    readContentFile(`${contentDir}/${name}`, path.join(/*turbopackIgnore: true*/ absolute, name)),
  );
}

/** Every file of the content folder at `absolute`, and the problems its listing shows. */
export async function listContent(absolute: string, contentDir: string): Promise<ContentListing> {
  const dirents = await readdir(absolute, { recursive: true, withFileTypes: true });
  const relative = (dirent: Dirent) =>
    path
      .relative(absolute, path.join(/*turbopackIgnore: true*/ dirent.parentPath, dirent.name))
      .split(path.sep)
      .join("/");
  const names = dirents
    .filter((dirent) => dirent.isFile())
    .map(relative)
    .sort();

  const issues: ContentIssue[] = symbolicLinks(
    contentDir,
    dirents.filter((d) => d.isSymbolicLink()).map(relative),
  );
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
  return { names, issues };
}

/**
 * Loading without the disk: the listed files, each read by `read`, validated, compiled and resolved
 * into a graph. `loadContent` reads from the content folder; the editor's preview runs the same
 * function in the browser on a snapshot of the files, with the edited one put in its place.
 */
export async function loadListed(
  listing: ContentListing,
  options: Omit<LoadOptions, "root">,
  read: (name: string) => Promise<ReadResult>,
  parse: ParseFile = parseEntry,
): Promise<LoadResult> {
  const contentDir = options.contentDir ?? "content";
  const issues = [...listing.issues];
  const compile = options.purpose === "render" ? compileMdx : checkMdx;
  const mdxNames = listing.names.filter((name) => name.endsWith(".mdx"));
  const results = await mapLimited(mdxNames, FILES_AT_ONCE, async (name) => {
    const file = `${contentDir}/${name}`;
    const result = await read(name);
    if ("issue" in result) return { issues: [result.issue] };
    return parse(file, name, result.text, (body) => compile(body, options.mdxComponents));
  });
  const entries: ParsedEntry[] = [];
  for (const result of results) {
    issues.push(...result.issues);
    if (result.entry) entries.push(result.entry);
  }
  // Cross-file checks on a half-valid set would only repeat the problems above.
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };

  const built = buildGraph(entries, {
    includeDrafts: options.includeDrafts,
    reservedIds: options.reservedIds,
    today: options.today ?? today(),
  });
  if (!built.graph) return { ok: false, issues: sortIssues(built.issues) };
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

/**
 * A symbolic link in content/ would publish a file from elsewhere, or nothing if it breaks: it is
 * refused, by name, instead of being skipped without a word.
 */
function symbolicLinks(contentDir: string, names: readonly string[]): ContentIssue[] {
  return names.map((name) => ({
    file: `${contentDir}/${name}`,
    line: 1,
    column: 1,
    message: "This is a symbolic link, not a file: the site does not follow links in content/.",
    expected: "a real file (or folder) in content/",
    hint: "Replace the link with a copy of the file it points to, or remove it.",
  }));
}
