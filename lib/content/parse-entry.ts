import type { CompileResult } from "./compile-mdx";
import type { CompiledMdx } from "./compiled-mdx";
import { friendlyIssue } from "./error-map";
import { formatFieldPath } from "./field-path";
import { compileFieldTexts, updateSummaries } from "./compile-texts";
import type { z } from "zod";
import type { ContentIssue } from "./issues";
import { classify, CONTENT_LAYOUT, type EntryKind } from "./kinds";
import { schemaByKind, type FrontmatterOf } from "./schemas";
import { parseSourceFile, type SourceFile } from "./source-file";

export type ParsedEntry = {
  [K in EntryKind]: {
    kind: K;
    planFolder?: string;
    file: string;
    data: FrontmatterOf<K>;
    body: CompiledMdx;
    /** Markdown written in frontmatter fields (progress summaries), compiled, by text. */
    texts: ReadonlyMap<string, CompiledMdx>;
    source: SourceFile;
  };
}[EntryKind];

/**
 * Reads one content file through every check that needs only that file: where it sits, its YAML,
 * its frontmatter schema and its MDX body. Returns every problem found, not just the first.
 */
export async function parseEntry(
  file: string,
  relativeToContent: string,
  text: string,
  compile: (body: string) => Promise<CompileResult>,
): Promise<{ entry?: ParsedEntry; issues: ContentIssue[] }> {
  const place = classify(relativeToContent);
  if (!place) {
    return {
      issues: [
        {
          file,
          line: 1,
          column: 1,
          message: "This file is in a folder the site does not read.",
          expected: `one of: ${CONTENT_LAYOUT.join(", ")}`,
          found: file,
          hint: "Move the file into the folder for its kind of entry.",
        },
      ],
    };
  }

  const parsed = parseSourceFile(file, text);
  if ("issues" in parsed)
    return {
      issues: limited(file, parsed.issues, parsed.issues.length),
    };
  const { source } = parsed;

  const schema = schemaByKind[place.kind];
  const validation = schema.safeParse(source.frontmatter, { reportInput: true });
  const zodIssues = validation.success ? [] : validation.error.issues;
  const total = zodIssues.reduce(
    (sum, zodIssue) => sum + (zodIssue.code === "unrecognized_keys" ? zodIssue.keys.length : 1),
    0,
  );
  const issues = limited(
    file,
    zodIssues.flatMap((zodIssue) => schemaIssues(file, source, zodIssue, schema)),
    total,
  );

  const compiled = await compile(source.body);
  if (!compiled.ok) {
    issues.push(...compiled.problems.map((problem) => ({ file, ...problem })));
  }

  const texts = await compileFieldTexts(
    file,
    source,
    validation.success ? updateSummaries(validation.data) : [],
    compile,
  );
  issues.push(...texts.issues);

  if (!validation.success || !compiled.ok || texts.issues.length > 0) return { issues };
  return {
    entry: {
      kind: place.kind,
      planFolder: place.planFolder,
      file,
      data: validation.data,
      body: compiled.compiled,
      texts: texts.compiled,
      source,
    } as ParsedEntry,
    issues,
  };
}

/** The most problems reported for one file: past this, one more says how many were left out. */
export const MAX_PROBLEMS_PER_FILE = 50;

function limited(file: string, issues: ContentIssue[], total: number): ContentIssue[] {
  if (total <= MAX_PROBLEMS_PER_FILE) return issues;
  const shown = issues.slice(0, MAX_PROBLEMS_PER_FILE);
  const last = shown.at(-1)!;
  return [
    ...shown,
    {
      file,
      line: last.line,
      column: last.column,
      message: `…and ${total - MAX_PROBLEMS_PER_FILE} more problems in this file, not listed.`,
      hint: "Fix the problems above first: the rest are often the same mistake repeated.",
    },
  ];
}

/**
 * A schema problem, in words (lib/content/error-map.ts), at its field's line. Zod reports
 * unknown fields together on their parent: each is reported at its own line, naming only itself.
 */
function schemaIssues(
  file: string,
  source: SourceFile,
  zodIssue: z.core.$ZodIssue,
  schema: z.ZodType,
): ContentIssue[] {
  const path = zodIssue.path.filter(
    (key): key is string | number => typeof key === "string" || typeof key === "number",
  );
  const each =
    zodIssue.code === "unrecognized_keys"
      ? zodIssue.keys.slice(0, MAX_PROBLEMS_PER_FILE + 1).map((key) => ({
          place: [...path, key],
          issue: { ...zodIssue, keys: [key] },
        }))
      : [{ place: path, issue: zodIssue }];
  return each.map(({ place, issue }) => ({
    file,
    ...source.positionOf(place),
    field: formatFieldPath(place) || undefined,
    ...friendlyIssue(issue, schema),
  }));
}
