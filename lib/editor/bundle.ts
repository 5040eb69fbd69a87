import path from "node:path";

/**
 * The editor's script, bundled with esbuild from lib/editor/app/main.ts: Decap CMS, React and our
 * file format in one file. Made on demand (the development server's /admin route, the hosted
 * editor's build); never part of the residents' site.
 */
export async function bundleEditor(root = process.cwd()): Promise<string> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [path.join(root, "lib/editor/app/main.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    alias: { "@": root },
    define: { "process.env.NODE_ENV": '"production"', global: "window" },
    absWorkingDir: root,
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error("The editor's bundle was not made.");
  return file.text;
}
