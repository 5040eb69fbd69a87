import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundleMDX } from "mdx-bundler";
import remarkGfm from "remark-gfm";
import { allowedMdxComponents } from "@/components/mdx/MDXComponents";
import { remarkInspect, type MdxFindings } from "./mdx-inspect";

export interface CompiledMdx extends Omit<MdxFindings, "problems"> {
  /** The compiled body, run by `getMDXComponent`; empty string for an empty body. */
  code: string;
}

export type CompileResult =
  | { ok: true; compiled: CompiledMdx }
  | { ok: false; problems: MdxFindings["problems"] };

/** Bump when the compile options change, so cached output made by older options is not reused. */
const COMPILER_VERSION = "2";
const CACHE_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ".cache", "council-mdx");
const memoryCache = new Map<string, CompiledMdx>();

/**
 * The one place MDX is compiled. Output is cached by a hash of the body, in memory and on disk, so a
 * body is compiled once however many pages, build workers or check runs read it.
 */
export async function compileMdx(body: string): Promise<CompileResult> {
  const key = createHash("sha256")
    .update(`${COMPILER_VERSION}\0${allowedMdxComponents.join(",")}\0${body}`)
    .digest("hex");
  const cached = memoryCache.get(key) ?? (await readDiskCache(key));
  if (cached) {
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
  let code = "";
  if (body.trim() !== "") {
    try {
      const result = await bundleMDX({
        source: body,
        esbuildOptions(options) {
          // Problems are reported through the content check, not printed by esbuild.
          options.logLevel = "silent";
          return options;
        },
        mdxOptions(options) {
          // Inspect first: mdx-bundler's own plugins add an export that is not the author's.
          options.remarkPlugins = [
            remarkGfm,
            remarkInspect(allowedMdxComponents, findings),
            ...(options.remarkPlugins ?? []),
          ];
          return options;
        },
      });
      code = result.code;
    } catch (error) {
      findings.problems.push(...problemsFromBuildError(error));
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

interface EsbuildMessage {
  text: string;
  location?: { line: number; column: number } | null;
  /** What the MDX compiler threw: a VFileMessage with the real place in the file. */
  detail?: { place?: { line?: number; column?: number; start?: { line: number; column: number } } };
}

function problemsFromBuildError(error: unknown): MdxFindings["problems"] {
  const messages = (error as { errors?: EsbuildMessage[] }).errors;
  if (Array.isArray(messages) && messages.length > 0) {
    return messages.map((message) => ({
      message: `The MDX body cannot be read: ${cleanMdxMessage(message.text)}`,
      ...placeOf(message),
      hint: "Check for an unclosed <Component>, a stray < or { (write &lt; or \\{), or a tag closed in the wrong order.",
    }));
  }
  return [
    {
      message: `The MDX body cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      line: 1,
      column: 1,
    },
  ];
}

function placeOf(message: EsbuildMessage): { line: number; column: number } {
  const place = message.detail?.place;
  const start = place?.start ?? (place?.line ? { line: place.line, column: place.column ?? 1 } : undefined);
  if (start && start.line >= 1) return { line: start.line, column: Math.max(1, start.column) };
  const quoted = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(message.text);
  if (quoted) return { line: Number(quoted[1]), column: Number(quoted[2]) };
  const line = message.location?.line ?? 0;
  return line >= 1 ? { line, column: (message.location?.column ?? 0) + 1 } : { line: 1, column: 1 };
}

/** esbuild's wrapper words and its second position are noise to an editor. */
function cleanMdxMessage(text: string): string {
  return text
    .replace(/^Cannot process MDX file with esbuild:\s*/, "")
    .replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

async function readDiskCache(key: string): Promise<CompiledMdx | undefined> {
  try {
    return JSON.parse(await readFile(path.join(/*turbopackIgnore: true*/ CACHE_DIR, `${key}.json`), "utf8")) as CompiledMdx;
  } catch {
    return undefined;
  }
}

async function writeDiskCache(key: string, compiled: CompiledMdx): Promise<void> {
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(path.join(/*turbopackIgnore: true*/ CACHE_DIR, `${key}.json`), JSON.stringify(compiled));
  } catch {
    // A read-only disk only costs a recompile next time.
  }
}
