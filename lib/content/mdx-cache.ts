import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CompiledMdx } from "./compiled-mdx";

/**
 * Compiled bodies, in memory and on disk, so a body is compiled once however many pages, build
 * workers or check runs read it. Entries live in a folder named by a fingerprint of everything
 * besides the body and the component names that can change a verdict or an output: the content
 * model's own code (lib/content/, which holds the compiler options and every safety check) and
 * package-lock.json (the compiler's version). Tightening a rule therefore starts a new folder, and
 * `pruneMdxCache` removes the old ones.
 *
 * COUNCIL_MDX_CACHE_DIR moves the cache (the unit tests use a folder of their own, so the random
 * bodies they compile never reach the real cache); "off" keeps it in memory only.
 */
export interface MdxCache {
  read(key: string): Promise<CompiledMdx | undefined>;
  write(key: string, compiled: CompiledMdx): Promise<void>;
}

const ROOT = process.cwd();

let current: (MdxCache & { folder: string | null; used: Set<string> }) | undefined;

/** A body's key in the cache: a hash of the body and of the component names it may use. */
export function mdxCacheKey(body: string, components: readonly string[]): string {
  return createHash("sha256")
    .update(`${components.join(",")}\0${body}`)
    .digest("hex");
}

export function mdxCache(): MdxCache {
  current ??= createCache(cacheFolder());
  return current;
}

/**
 * Removes every entry no body of this run used, and the folders of other fingerprints. Only the
 * whole-site check calls it, after it has read every body of the real content.
 */
export async function pruneMdxCache(): Promise<{ removed: number }> {
  const cache = current;
  if (!cache?.folder) return { removed: 0 };
  let removed = 0;
  const parent = path.dirname(cache.folder);
  for (const name of await readdir(parent).catch(() => [])) {
    if (path.join(parent, name) === cache.folder) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
    removed++;
  }
  for (const name of await readdir(cache.folder).catch(() => [])) {
    if (cache.used.has(name.replace(/\.json$/, ""))) continue;
    await rm(path.join(cache.folder, name), { force: true });
    removed++;
  }
  return { removed };
}

function cacheFolder(): string | null {
  const setting = process.env.COUNCIL_MDX_CACHE_DIR;
  if (setting === "off") return null;
  const base = setting
    ? path.resolve(/*turbopackIgnore: true*/ ROOT, setting)
    : path.join(/*turbopackIgnore: true*/ ROOT, "node_modules", ".cache", "council-mdx");
  return path.join(/*turbopackIgnore: true*/ base, fingerprint());
}

/** A hash of the model's code and the lockfile; a file that cannot be read counts by its name. */
export function fingerprint(root = ROOT): string {
  const hash = createHash("sha256");
  const modelDir = path.join(/*turbopackIgnore: true*/ root, "lib", "content");
  const modelFiles = listFiles(modelDir).filter((file) => /\.tsx?$/.test(file));
  for (const file of [...modelFiles, path.join(root, "package-lock.json")]) {
    hash.update(path.relative(root, file)).update("\0");
    try {
      hash.update(readFileSync(/*turbopackIgnore: true*/ file));
    } catch {
      hash.update("missing");
    }
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function listFiles(folder: string): string[] {
  try {
    return readdirSync(/*turbopackIgnore: true*/ folder, { recursive: true })
      .map((name) => path.join(folder, String(name)))
      .sort();
  } catch {
    return [];
  }
}

function createCache(folder: string | null) {
  const memory = new Map<string, CompiledMdx>();
  const used = new Set<string>();
  let folderReady: Promise<unknown> | undefined;
  const fileOf = (key: string) => path.join(/*turbopackIgnore: true*/ folder ?? "", `${key}.json`);
  return {
    folder,
    used,
    async read(key: string) {
      used.add(key);
      const known = memory.get(key);
      if (known || !folder) return known;
      try {
        const compiled = JSON.parse(await readFile(fileOf(key), "utf8")) as CompiledMdx;
        memory.set(key, compiled);
        return compiled;
      } catch {
        return undefined;
      }
    },
    async write(key: string, compiled: CompiledMdx) {
      used.add(key);
      memory.set(key, compiled);
      if (!folder) return;
      try {
        folderReady ??= mkdir(folder, { recursive: true });
        await folderReady;
        await writeFile(fileOf(key), JSON.stringify(compiled));
      } catch {
        // A read-only disk only costs a recompile next time.
      }
    },
  };
}
