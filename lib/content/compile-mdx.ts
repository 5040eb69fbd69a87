import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified, type PluggableList } from "unified";
import { VFile } from "vfile";
import { allowedMdxComponents } from "@/components/mdx/MDXComponents";
import { remarkCouncilMarkdown } from "./markdown-dialect";
import { remarkInspect, type MdxFindings } from "./mdx-inspect";

export interface CompiledMdx extends Omit<MdxFindings, "problems"> {
  /**
   * The compiled body as a function body (MDX's `function-body` output), run by mdx-bundler's
   * `getMDXComponent` in components/content/Mdx.tsx; empty string for an empty body; null when the
   * body was only checked (`checkMdx`), which no page ever renders.
   */
  code: string | null;
}

export type CompileResult =
  { ok: true; compiled: CompiledMdx } | { ok: false; problems: MdxFindings["problems"] };

/** Bump when the compile options change, so cached output made by older options is not reused. */
const COMPILER_VERSION = "4";
const CACHE_DIR = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "node_modules",
  ".cache",
  "council-mdx",
);
const memoryCache = new Map<string, CompiledMdx>();

/**
 * The one place MDX is compiled for the pages. Output is cached by a hash of the body, in memory and
 * on disk, so a body is compiled once however many pages, build workers or check runs read it.
 */
export function compileMdx(body: string): Promise<CompileResult> {
  return processBody(body, "render");
}

/**
 * Checks a body as `compileMdx` does, with the same problems and findings, without generating the
 * code a page runs: `npm run content:check` has no page to render, and generating code is a third
 * of compiling (bench/README.md). A body compiled before is answered from the cache.
 */
export function checkMdx(body: string): Promise<CompileResult> {
  return processBody(body, "check");
}

async function processBody(body: string, purpose: "render" | "check"): Promise<CompileResult> {
  const key = createHash("sha256")
    .update(`${COMPILER_VERSION}\0${allowedMdxComponents.join(",")}\0${body}`)
    .digest("hex");
  const cached = memoryCache.get(key) ?? (await readDiskCache(key));
  if (cached && (purpose === "check" || cached.code !== null)) {
    memoryCache.set(key, cached);
    return { ok: true, compiled: cached };
  }

  const findings: MdxFindings = {
    headings: [],
    links: [],
    draftingNotes: [],
    figures: [],
    problems: [],
  };
  let code: string | null = "";
  if (body.trim() !== "") {
    const remarkPlugins: PluggableList = [
      remarkCouncilMarkdown,
      remarkInspect(allowedMdxComponents, findings),
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
  };
  memoryCache.set(key, compiled);
  await writeDiskCache(key, compiled);
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

async function readDiskCache(key: string): Promise<CompiledMdx | undefined> {
  try {
    return JSON.parse(
      await readFile(path.join(/*turbopackIgnore: true*/ CACHE_DIR, `${key}.json`), "utf8"),
    ) as CompiledMdx;
  } catch {
    return undefined;
  }
}

let cacheDirReady: Promise<unknown> | undefined;

async function writeDiskCache(key: string, compiled: CompiledMdx): Promise<void> {
  try {
    cacheDirReady ??= mkdir(CACHE_DIR, { recursive: true });
    await cacheDirReady;
    await writeFile(
      path.join(/*turbopackIgnore: true*/ CACHE_DIR, `${key}.json`),
      JSON.stringify(compiled),
    );
  } catch {
    // A read-only disk only costs a recompile next time.
  }
}
