import { compile } from "@mdx-js/mdx";
import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";
import { bodyLimitProblems } from "./body-limits";
import { hiddenCharacterIn } from "./hidden-characters";
import { remarkCouncilMarkdown } from "./markdown-dialect";
import type { CompiledMdx } from "./compiled-mdx";
import { remarkInspect, type MdxFindings } from "./mdx-inspect";
import { mdxCache, mdxCacheKey } from "./mdx-cache";
import { residentsWords } from "./residents-words";

export type CompileResult =
  { ok: true; compiled: CompiledMdx } | { ok: false; problems: MdxFindings["problems"] };

/**
 * The one place MDX is compiled for the pages. Output is cached by a hash of the body, in memory and
 * on disk, so a body is compiled once however many pages, build workers or check runs read it.
 */
export function compileMdx(body: string, components: readonly string[]): Promise<CompileResult> {
  return processBody(body, "render", components);
}

/**
 * Checks a body as `compileMdx` does, with the same problems and findings, without generating the
 * code a page runs: `npm run content:check` has no page to render, and generating code is a third
 * of compiling (bench/README.md). A body compiled before is answered from the cache. With
 * `remember: false` the result is kept out of the cache: the importer checks text that is not
 * content yet, and a refused import must leave nothing behind.
 */
export function checkMdx(
  body: string,
  components: readonly string[],
  { remember = true }: { remember?: boolean } = {},
): Promise<CompileResult> {
  return processBody(body, "check", components, remember);
}

async function processBody(
  body: string,
  purpose: "render" | "check",
  components: readonly string[],
  remember = true,
): Promise<CompileResult> {
  const tooMuch = bodyLimitProblems(body);
  if (tooMuch.length > 0) return { ok: false, problems: tooMuch };
  // A content file's body was checked with the file; a summary from a sheet was not.
  const hidden = hiddenCharacterIn(body);
  if (hidden) return { ok: false, problems: [hidden] };
  const cache = mdxCache();
  // Everything else that can change the output (the compiler's and the checks' code, the installed
  // packages) is in the cache's fingerprint (lib/content/mdx-cache.ts).
  const key = mdxCacheKey(body, components);
  const cached = await cache.read(key);
  if (cached && (purpose === "check" || cached.code !== null))
    return { ok: true, compiled: cached };

  const findings: MdxFindings = {
    headings: [],
    links: [],
    draftingNotes: [],
    figures: [],
    words: "",
    problems: [],
  };
  let code: string | null = "";
  if (body.trim() !== "") {
    const remarkPlugins: PluggableList = [
      remarkCouncilMarkdown,
      remarkInspect(components, findings),
      // After the inspection, so nothing it removed (unsafe or unknown) is read as words.
      () => (tree: Root) => void (findings.words = residentsWords(tree)),
    ];
    try {
      if (purpose === "render") {
        // MDX's own compiler, which mdx-bundler runs inside esbuild. Bodies may import nothing (the
        // inspection refuses imports and exports), so there is nothing to bundle, and compiling
        // directly costs a third of bundling: see `npm run bench:mdx` and bench/README.md.
        code = String(await compile(body, { outputFormat: "function-body", remarkPlugins }));
      } else {
        // The first half of MDX's own pipeline (@mdx-js/mdx's createProcessor): parse, then the
        // remark plugins. tests/unit/check-mdx.test.ts holds it to compileMdx's findings.
        const file = new VFile(body);
        const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlugins);
        await processor.run(processor.parse(file), file);
        code = null;
      }
    } catch (error) {
      findings.problems.push(...problemsFromCompileError(error));
    }
  }
  if (findings.problems.length > 0) return { ok: false, problems: findings.problems };

  const compiled: CompiledMdx = {
    code,
    headings: findings.headings,
    links: findings.links,
    draftingNotes: findings.draftingNotes,
    figures: findings.figures,
    words: findings.words,
  };
  if (remember) await cache.write(key, compiled);
  return { ok: true, compiled };
}

/** What the MDX compiler throws: a VFileMessage, with the place in the body where it stopped. */
interface CompileError {
  reason?: string;
  place?: { line?: number; column?: number; start?: { line: number; column: number } } | null;
}

function problemsFromCompileError(error: unknown): MdxFindings["problems"] {
  const { reason, place } = (error ?? {}) as CompileError;
  // Some messages (an unclosed tag) carry their place only in the text: "… (9:1-9:10)".
  const quoted = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason ?? "");
  const start =
    place?.start ??
    (place?.line ? { line: place.line, column: place.column ?? 1 } : undefined) ??
    (quoted ? { line: Number(quoted[1]), column: Number(quoted[2]) } : undefined);
  if (typeof reason === "string" && start && start.line >= 1) {
    return [
      {
        message: `The MDX body cannot be read: ${reason.replace(/\s+/g, " ").trim()}`,
        line: start.line,
        column: Math.max(1, start.column),
        hint: "Check for an unclosed <Component>, a stray < or { (write &lt; or \\{), or a tag closed in the wrong order.",
      },
    ];
  }
  return [
    {
      message: `The MDX body cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      line: 1,
      column: 1,
    },
  ];
}
