import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildEditor, currentBuild, MANIFEST, type EditorBuild } from "./bundle";
import { devSnapshot } from "./preview/dev-snapshot";

/**
 * The editor as `npm run dev` serves it (lib/editor/server/editor-answers.ts). Its script is built
 * as the development server starts (`prepareDevEditor`, from lib/cli/dev.ts), into a folder of
 * its own, and built again only when a file that went into it has changed since (a developer's
 * edit to a view, say), so the preview always runs the code the site runs.
 */
export const DEV_EDITOR_DIR = path.join("node_modules", ".cache", "council-editor");

/** Written while a build is under way, with the building process's id. */
const BUILDING = "building";
/** How long the server waits for a build another process started. */
const WAIT_FOR_OTHER_MS = 120_000;

let building: Promise<EditorBuild> | undefined;

/** Starts the editor's build beside the development server; `npm run dev` calls it once. */
export function prepareDevEditor(root = process.cwd()): void {
  const started = performance.now();
  devEditor(root).then(
    (build) =>
      console.log(
        `The content editor's script is ready (${build.script}, ${Math.round(performance.now() - started)} ms).`,
      ),
    (error: unknown) => console.error("The content editor's script could not be built:", error),
  );
}

/**
 * Makes the preview's snapshot once as the server starts, while nobody waits, instead of when the
 * officer opens their first entry (several seconds on a 2-core machine). Best effort: a problem is
 * met again, and shown, when the pane asks for it.
 */
export function warmDevPreview(root = process.cwd()): void {
  devSnapshot(root).catch(() => undefined);
}

/** The current build, waiting for one under way or making one. */
export async function devEditor(root = process.cwd()): Promise<EditorBuild> {
  const dir = path.join(root, DEV_EDITOR_DIR);
  const current = await currentBuild(dir, root);
  if (current) return current;
  if (building) return building;
  building = (async () => {
    const other = await builderElsewhere(dir);
    if (other) {
      const done = await waitForBuild(dir, root);
      if (done) return done;
    }
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, BUILDING), String(process.pid));
    try {
      const build = await buildEditor(dir, root);
      await removeOthers(dir, build);
      return build;
    } finally {
      await rm(path.join(dir, BUILDING), { force: true });
    }
  })().finally(() => {
    building = undefined;
  });
  return building;
}

/** A file of the current build, by name; undefined for any other name. */
export async function devEditorFile(name: string, root = process.cwd()) {
  const build = await devEditor(root);
  if (!build.files.includes(name)) return undefined;
  return readFile(path.join(root, DEV_EDITOR_DIR, name));
}

/** Is another process (npm run dev's own) building the editor now? */
async function builderElsewhere(dir: string): Promise<boolean> {
  const pid = Number(await readFile(path.join(dir, BUILDING), "utf8").catch(() => ""));
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForBuild(dir: string, root: string): Promise<EditorBuild | undefined> {
  const until = Date.now() + WAIT_FOR_OTHER_MS;
  while (Date.now() < until && (await builderElsewhere(dir))) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return currentBuild(dir, root);
}

/** Older builds' files: a hashed name no page asks for any more. */
async function removeOthers(dir: string, build: EditorBuild): Promise<void> {
  const keep = new Set([...build.files, MANIFEST, BUILDING]);
  for (const name of await readdir(dir)) {
    if (!keep.has(name)) await rm(path.join(dir, name), { force: true });
  }
}
