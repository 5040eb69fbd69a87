import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { decapSwapsPlugin } from "./decap-swaps";
import { browserPreviewPlugin } from "./preview/browser-build";

/**
 * The editor's script, bundled with esbuild from lib/editor/app/main.ts: Decap CMS, React, our file
 * format and, in a chunk of its own loaded when a preview first opens, the site's content model and
 * views. Every file is named by a hash of its content, so it can be cached for good: a changed
 * script is a new address. Built ahead of the first request, by `npm run dev` as it starts
 * (lib/editor/dev-editor.ts) and by `npm run editor:build`; never part of the residents' site.
 */
export interface EditorBuild {
  /** The entry script's file name in the output folder, e.g. "editor-5JQ3W2ZC.js". */
  script: string;
  /** Every file the build wrote, the entry script first. */
  files: string[];
  /** Every source file that went in (from the repository root), with its size and time. */
  inputs: [file: string, size: number, modified: number][];
}

export const MANIFEST = "manifest.json";

/** The code that makes the bundle, besides what goes into it. */
const BUILD_CODE = [
  "lib/editor/bundle.ts",
  "lib/editor/decap-swaps.ts",
  "lib/editor/preview/browser-build.ts",
];

/** Bundles the editor into `outDir` and writes its manifest last, so a reader never sees half. */
export async function buildEditor(outDir: string, root = process.cwd()): Promise<EditorBuild> {
  const esbuild = await import("esbuild");
  const main = "lib/editor/app/main.ts";
  const result = await esbuild.build({
    entryPoints: { editor: path.join(root, main) },
    bundle: true,
    splitting: true,
    format: "esm",
    outdir: outDir,
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    write: false,
    metafile: true,
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    alias: { "@": root },
    define: { "process.env.NODE_ENV": '"production"', global: "window" },
    absWorkingDir: root,
    plugins: [browserPreviewPlugin(root), decapSwapsPlugin(root)],
  });
  await mkdir(outDir, { recursive: true });
  const names: string[] = [];
  for (const file of result.outputFiles) {
    const name = path.relative(outDir, file.path);
    names.push(name);
    // A hashed name's content never changes: a file already there is this one.
    if (!(await exists(file.path))) await writeAtomically(file.path, file.contents);
  }
  // Dynamic imports are entry points too, of chunks: the script is the one made from main.ts.
  const entry = Object.entries(result.metafile.outputs).find(
    ([, output]) => output.entryPoint === main,
  );
  if (!entry) throw new Error("The editor's bundle has no entry script.");
  const script = path.relative(outDir, path.join(root, entry[0]));
  // Our own files, the build's own code, and the lockfile for the packages (thousands of files,
  // changed only by npm).
  const sources = Object.keys(result.metafile.inputs).filter(
    (input) => !input.includes(":") && !input.startsWith("node_modules/"),
  );
  const inputs = await Promise.all(
    [...sources, ...BUILD_CODE, "package-lock.json"].map(
      async (input): Promise<EditorBuild["inputs"][number]> => {
        const info = await stat(path.join(root, input));
        return [input, info.size, info.mtimeMs];
      },
    ),
  );
  const build = { script, files: [script, ...names.filter((name) => name !== script)], inputs };
  await writeAtomically(path.join(outDir, MANIFEST), JSON.stringify(build));
  return build;
}

/** The build in `outDir`, if its manifest is there and every input is as it was built from. */
export async function currentBuild(outDir: string, root = process.cwd()) {
  let build: EditorBuild;
  try {
    build = JSON.parse(await readFile(path.join(outDir, MANIFEST), "utf8")) as EditorBuild;
  } catch {
    return undefined;
  }
  const unchanged = await Promise.all(
    build.inputs.map(async ([input, size, modified]) => {
      const info = await stat(path.join(root, input)).catch(() => undefined);
      return info?.size === size && info.mtimeMs === modified;
    }),
  );
  const present = await Promise.all(build.files.map((file) => exists(path.join(outDir, file))));
  return unchanged.every(Boolean) && present.every(Boolean) ? build : undefined;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}
