import { spawn } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import yauzl from "yauzl";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { checkMdx } from "@/lib/content/compile-mdx";
import type { ContentGraph } from "@/lib/content/graph";
import type { CheckOptions } from "@/lib/content/update-sheet/validate";
import { loadSite } from "@/lib/site/load-site";

/** Shared by the quarterly sheet's tests: a copy of the real content to import into, and its CLIs. */
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TODAY = "2026-12-01";

/** A folder with a copy of content/, so an import can be written and compared. */
export async function copyOfContent(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await cp(path.join(ROOT, "content"), path.join(dir, "content"), { recursive: true });
  return dir;
}

export async function loadCopy(root: string): Promise<ContentGraph> {
  const result = await loadSite({ root, includeDrafts: false, purpose: "check", today: TODAY });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3), null, 2));
  return result.graph;
}

/** As the command checks rows: summaries as bodies are checked, kept out of the MDX cache. */
export const importOptions: CheckOptions = {
  today: TODAY,
  checkSummary: async (summary) => {
    const result = await checkMdx(summary, MDX_COMPONENT_NAMES, { remember: false });
    return result.ok ? [] : result.problems.map((problem) => problem.message);
  },
};

/** Runs one of lib/cli/ as a person does, with its output read through pipes. */
export function runCli(
  script: string,
  args: readonly string[],
  { cwd = ROOT, env = {} }: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        // By path, so it loads from a folder with no node_modules (a fixture repository) too.
        "--import",
        pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/loader.mjs")).href,
        path.join(ROOT, "lib/cli", script),
        ...args,
      ],
      {
        cwd,
        // Whatever the test runner preloads would be looked for in `cwd`.
        env: {
          ...process.env,
          NODE_OPTIONS: "",
          TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json"),
          ...env,
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** One part of a workbook the tests made or LibreOffice saved (trusted input), as text. */
export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(bytes), { lazyEntries: true });
  const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
    zip.on("entry", (found: yauzl.Entry) =>
      found.fileName === name ? resolve(found) : zip.readEntry(),
    );
    zip.on("end", () => resolve(undefined));
    zip.on("error", reject);
    zip.readEntry();
  });
  if (!entry) throw new Error(`${name} is not in the workbook`);
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  zip.close();
  return Buffer.concat(chunks).toString("utf8");
}
