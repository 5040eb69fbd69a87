import { mkdtemp, readdir, writeFile, mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A fresh copy of the cache module using `folder`, as a new process would. */
async function freshCache(folder: string) {
  vi.resetModules();
  vi.stubEnv("COUNCIL_MDX_CACHE_DIR", folder);
  const cache = await import("@/lib/content/mdx-cache");
  const compiler = await import("@/lib/content/compile-mdx");
  return { ...cache, ...compiler };
}

async function tempFolder() {
  const folder = await mkdtemp(path.join(os.tmpdir(), "mdx-cache-test-"));
  made.push(folder);
  return folder;
}

describe("the MDX cache", () => {
  it("is kept under a fingerprint of the model's code and the lockfile", async () => {
    const folder = await tempFolder();
    const { compileMdx, fingerprint } = await freshCache(folder);
    await compileMdx("Some *text*.", MDX_COMPONENT_NAMES);
    expect(await readdir(folder)).toEqual([fingerprint()]);
    expect(await readdir(path.join(folder, fingerprint()))).toHaveLength(1);
  });

  it("starts a new folder when the model's code or the lockfile changes", async () => {
    const root = await tempFolder();
    const { fingerprint } = await freshCache(await tempFolder());
    await mkdir(path.join(root, "lib", "content"), { recursive: true });
    await writeFile(
      path.join(root, "lib", "content", "mdx-inspect.ts"),
      "export const rule = 1;\n",
    );
    await writeFile(path.join(root, "package-lock.json"), '{"version":1}');
    const before = fingerprint(root);
    expect(fingerprint(root)).toBe(before);
    // A tightened safety rule: the cached verdicts of the old rule are no longer read.
    await writeFile(
      path.join(root, "lib", "content", "mdx-inspect.ts"),
      "export const rule = 2;\n",
    );
    const afterRule = fingerprint(root);
    expect(afterRule).not.toBe(before);
    await writeFile(path.join(root, "package-lock.json"), '{"version":2}');
    expect(fingerprint(root)).not.toBe(afterRule);
  });

  it("keys entries by the component names too, so a removed component is not still allowed", async () => {
    const folder = await tempFolder();
    const { checkMdx } = await freshCache(folder);
    expect((await checkMdx("<Callout>Hi</Callout>", MDX_COMPONENT_NAMES)).ok).toBe(true);
    expect((await checkMdx("<Callout>Hi</Callout>", ["DraftingNote"])).ok).toBe(false);
  });

  it("prunes entries no body used and the folders of other fingerprints", async () => {
    const folder = await tempFolder();
    const { compileMdx, fingerprint, pruneMdxCache } = await freshCache(folder);
    await compileMdx("Kept.", MDX_COMPONENT_NAMES);
    await writeFile(path.join(folder, fingerprint(), "stale.json"), "{}");
    await mkdir(path.join(folder, "an-older-fingerprint"));
    expect(await pruneMdxCache()).toEqual({ removed: 2 });
    expect(await readdir(folder)).toEqual([fingerprint()]);
    expect(await readdir(path.join(folder, fingerprint()))).toHaveLength(1);
  });

  it("can be kept in memory only", async () => {
    const folder = await tempFolder();
    const { compileMdx } = await freshCache("off");
    expect((await compileMdx("In memory.", MDX_COMPONENT_NAMES)).ok).toBe(true);
    expect(await readdir(folder)).toEqual([]);
    vi.unstubAllEnvs();
  });
});
