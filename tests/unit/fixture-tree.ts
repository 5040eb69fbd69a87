import { cp, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { loadSite } from "@/lib/site/load-site";

const MINIMAL = path.resolve(import.meta.dirname, "../fixtures/minimal");
const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * A copy of the minimal valid content tree with some files replaced or added, loaded the way the
 * site loads it. `files` maps a path inside content/ to its new text (null removes the file).
 */
export async function loadWith(files: Record<string, string | null> = {}, includeDrafts = true) {
  return loadSite({ root: await fixtureWith(files), includeDrafts, purpose: "render" });
}

/** The copy loadWith loads, for a test that loads it itself; removed after the test file. */
export async function fixtureWith(files: Record<string, string | null> = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "content-test-"));
  made.push(root);
  await cp(MINIMAL, root, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const target = path.join(root, "content", name);
    if (text === null) {
      await rm(target);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
  }
  return root;
}

/** The text of tests/fixtures/bad/<name>.mdx, for tests that place several files at once. */
export async function badFixture(name: string): Promise<string> {
  return readFile(path.resolve(import.meta.dirname, "../fixtures/bad", `${name}.mdx`), "utf8");
}

/** Loads with one bad fixture from tests/fixtures/bad/<name>.mdx placed at `at` inside content/. */
export async function loadWithBadFixture(name: string, at: string) {
  return loadWith({ [at]: await badFixture(name) });
}

export async function issuesOf(promise: ReturnType<typeof loadWith>) {
  const result = await promise;
  if (result.ok) throw new Error("Expected the content to be rejected, but it loaded.");
  return result.issues;
}
