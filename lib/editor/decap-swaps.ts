import path from "node:path";
import type { Plugin } from "esbuild";

/**
 * Two of Decap's imports the editor's bundle answers with a module of ours that wraps the same
 * package, so that a keystroke in a long form does not draw the whole form again
 * (bench/README.md, section 10): each swap is for one file of Decap's only, and the wrapper
 * imports the package Decap's file would have had, checked here. A swap that no longer applies
 * (Decap's files moved in an upgrade) fails the build instead of quietly slowing the editor.
 */
export const DECAP_SWAPS = [
  {
    module: "decap-cms-widget-object",
    importer: "decap-cms-widget-list/dist/esm/ListControl.js",
    wrapper: "lib/editor/app/list-item-control.ts",
  },
  {
    module: "react-markdown",
    importer: "decap-cms-core/dist/esm/components/Editor/EditorControlPane/EditorControl.js",
    wrapper: "lib/editor/app/hint-markdown.ts",
  },
] as const;

export function decapSwapsPlugin(root: string): Plugin {
  return {
    name: "council-decap-swaps",
    setup(build) {
      const applied = new Set<string>();
      build.onStart(() => applied.clear());
      for (const swap of DECAP_SWAPS) {
        const filter = new RegExp(`^${swap.module}$`);
        const wrapper = path.join(root, swap.wrapper);
        build.onResolve({ filter }, async (args) => {
          if (!args.importer.split(path.sep).join("/").endsWith(swap.importer)) return undefined;
          // The package as Decap's file finds it must be the one the wrapper wraps.
          const options = { kind: args.kind };
          const [theirs, ours] = await Promise.all([
            build.resolve(swap.module, { ...options, resolveDir: args.resolveDir }),
            build.resolve(swap.module, { ...options, resolveDir: path.dirname(wrapper) }),
          ]);
          if (theirs.errors.length > 0 || theirs.path !== ours.path) {
            return {
              errors: [{ text: `${swap.wrapper} wraps ${ours.path}, Decap uses ${theirs.path}` }],
            };
          }
          applied.add(swap.module);
          return { path: wrapper };
        });
      }
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        const missed = DECAP_SWAPS.filter((swap) => !applied.has(swap.module));
        if (missed.length > 0) {
          return {
            errors: missed.map((swap) => ({
              text: `Decap's ${swap.importer} no longer imports ${swap.module}: ${swap.wrapper} is not used. Check it against the new Decap.`,
            })),
          };
        }
        return undefined;
      });
    },
  };
}
