import type { CompiledMdx, CompileResult } from "./compile-mdx";
import { formatFieldPath, friendlyIssue } from "./error-map";
import { compileFieldTexts, updateSummaries } from "./compile-texts";
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
  if ("issues" in parsed) return { issues: parsed.issues };
  const { source } = parsed;

  const schema = schemaByKind[place.kind];
  const validation = schema.safeParse(source.frontmatter, { reportInput: true });
  const issues: ContentIssue[] = [];
  if (!validation.success) {
    for (const zodIssue of validation.error.issues) {
      const path = zodIssue.path.filter(
        (key): key is string | number => typeof key === "string" || typeof key === "number",
      );
      // Zod reports unknown fields on their parent: report each at its own line instead.
      const places =
        zodIssue.code === "unrecognized_keys" ? zodIssue.keys.map((key) => [...path, key]) : [path];
      for (const place of places) {
        issues.push({
          file,
          ...source.positionOf(place),
          field: formatFieldPath(place) || undefined,
          ...friendlyIssue(zodIssue, schema),
        });
      }
    }
  }

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
