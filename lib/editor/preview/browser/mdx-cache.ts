import type { CompiledMdx } from "@/lib/content/compiled-mdx";
import type { MdxCache } from "@/lib/content/mdx-cache";

/**
 * lib/content/mdx-cache.ts as the editor's bundle has it (lib/editor/preview/browser-build.ts puts
 * this file in its place): in memory only, since the browser has no disk to keep compiled bodies
 * on. The preview fills it with the snapshot's compiled bodies (lib/editor/preview/model.ts), so
 * only the text being edited is compiled in the browser. A key is the text itself with the
 * component names: a Map needs no hash.
 */
export function mdxCacheKey(body: string, components: readonly string[]): string {
  return `${components.join(",")}\0${body}`;
}

/**
 * Enough for every text of the content (about 200) and many versions of the one being edited;
 * past it the least recently used go, so a long session does not keep every keystroke's body.
 */
const MAX_ENTRIES = 2000;

const memory = new Map<string, CompiledMdx>();

const cache: MdxCache = {
  read: async (key) => {
    const compiled = memory.get(key);
    if (compiled) {
      memory.delete(key);
      memory.set(key, compiled);
    }
    return compiled;
  },
  write: async (key, compiled) => {
    memory.set(key, compiled);
    if (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value!);
  },
};

export function mdxCache(): MdxCache {
  return cache;
}
