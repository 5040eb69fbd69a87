import path from "node:path";
import type { Plugin } from "esbuild";

/**
 * What the editor's bundle changes so the site's own code (the content model, the pages' views)
 * runs in the browser for the preview. Everything else is the site's code as it is:
 *
 * - lib/site/preview.ts: the flag that shows drafts and drafting notes is the officer's switch
 *   (browser/preview-flag.ts), not the server's mode;
 * - lib/content/mdx-cache.ts: compiled bodies are kept in memory (browser/mdx-cache.ts), not on
 *   disk;
 * - Node's own modules (node:fs, node:path, node:child_process…) are absent: code that is bundled but only ever
 *   called on a server (reading files, git history) gets a stand-in that throws if it is called,
 *   so a browser path that reached one would fail loudly in the tests, never quietly.
 */
export function browserPreviewPlugin(root: string): Plugin {
  const replaced = new Map([
    [
      path.join(root, "lib/site/preview.ts"),
      path.join(root, "lib/editor/preview/browser/preview-flag.ts"),
    ],
    [
      path.join(root, "lib/content/mdx-cache.ts"),
      path.join(root, "lib/editor/preview/browser/mdx-cache.ts"),
    ],
  ]);
  return {
    name: "council-browser-preview",
    setup(build) {
      build.onResolve({ filter: /(^|\/)(preview|mdx-cache)$/ }, (args) => {
        const target = args.path.startsWith("@/")
          ? path.join(root, args.path.slice(2))
          : path.resolve(args.resolveDir, args.path);
        const replacement = replaced.get(`${target}.ts`);
        return replacement ? { path: replacement } : undefined;
      });
      // Only `node:` names: the site's code always writes them so, and Decap's own packages
      // bring browser versions of some (`path`), which must stay.
      build.onResolve({ filter: /^node:/ }, (args) => ({
        path: args.path,
        namespace: "node-absent",
      }));
      build.onLoad({ filter: /.*/, namespace: "node-absent" }, (args) => ({
        loader: "js",
        contents: absentModule(args.path),
      }));
    },
  };
}

/** A CommonJS module whose every export, called, throws with the module's name. */
function absentModule(name: string): string {
  return `module.exports = new Proxy({}, {
  get(_, key) {
    if (key === "__esModule") return false;
    return function absent() {
      throw new Error(${JSON.stringify(`${name} is not available in the browser`)} + ": " + String(key));
    };
  },
});`;
}
