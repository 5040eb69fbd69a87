import type { CompileResult } from "./compile-mdx";
import type { CompiledMdx } from "./compiled-mdx";
import { formatFieldPath } from "./field-path";
import type { ContentIssue } from "./issues";
import type { SourceFile } from "./source-file";
import type { FieldPath } from "./field-path";

/** A Markdown text inside frontmatter (a progress update's summary), and where it was written. */
export interface FieldText {
  path: FieldPath;
  text: string;
}

/** Every progress update's summary in a priority's frontmatter. */
export function updateSummaries(data: unknown): FieldText[] {
  const texts: FieldText[] = [];
  const record = data as Record<string, { updates?: { summary?: unknown }[] }[] | undefined>;
  for (const list of ["objectives", "actions"] as const) {
    (record[list] ?? []).forEach((item, index) => {
      (item.updates ?? []).forEach((update, updateIndex) => {
        if (typeof update.summary === "string") {
          texts.push({
            path: [list, index, "updates", updateIndex, "summary"],
            text: update.summary,
          });
        }
      });
    });
  }
  return texts;
}

/**
 * Compiles Markdown written in frontmatter fields through the same checks as bodies (links,
 * no raw HTML, no unknown components), by text, with each problem placed on the field's line.
 */
export async function compileFieldTexts(
  file: string,
  source: SourceFile,
  texts: readonly FieldText[],
  compile: (body: string) => Promise<CompileResult>,
): Promise<{ compiled: Map<string, CompiledMdx>; issues: ContentIssue[] }> {
  const compiled = new Map<string, CompiledMdx>();
  const issues: ContentIssue[] = [];
  for (const { path, text } of texts) {
    if (compiled.has(text)) continue;
    const result = await compile(text);
    if (result.ok) {
      compiled.set(text, result.compiled);
      continue;
    }
    const at = source.positionOf(path);
    for (const problem of result.problems) {
      issues.push({
        ...problem,
        file,
        line: at.line,
        column: at.column,
        field: formatFieldPath(path),
      });
    }
  }
  return { compiled, issues };
}
