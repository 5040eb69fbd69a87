/**
 * `npm run editor:build`: the hosted editor, a static folder (editor-dist/) the council serves on
 * an address of its own, apart from the residents' site. It signs in with GitHub and, with Decap's
 * editorial workflow, saves every change on a branch of its own with a pull request (Draft, In
 * review, Ready), which the content check runs on like any other. docs/authoring.md, "The hosted
 * editor", says how to register the GitHub OAuth app and what to set:
 *
 *   EDITOR_GITHUB_REPO      owner/name of this repository on GitHub (required)
 *   EDITOR_GITHUB_BRANCH    the branch pull requests go to (default main)
 *   EDITOR_OAUTH_BASE_URL   where the council's OAuth client answers, https://… (required)
 *   EDITOR_OAUTH_ENDPOINT   its sign-in path (default auth)
 *
 * Besides index.html, every file is named by a hash of its content, so the host can send it with
 * `Cache-Control: immutable`: the script (and the chunk the preview loads when it first opens), the
 * site's stylesheet for the preview and the snapshot of content/ the preview runs the content
 * model on (lib/editor/preview/). Build it again after content changes, so the preview shows the
 * other entries as they are.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { readContentHistory } from "@/lib/content/history";
import { adminPageHtml, editorContentSecurityPolicy } from "@/lib/editor/admin-page";
import { buildEditor, MANIFEST } from "@/lib/editor/bundle";
import { readContentTree } from "@/lib/editor/content-tree";
import { makeSnapshot } from "@/lib/editor/preview/snapshot";
import type { AssetFile } from "@/lib/site/urls";

const root = process.cwd();
const repo = process.env.EDITOR_GITHUB_REPO;
const baseUrl = process.env.EDITOR_OAUTH_BASE_URL;
if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !baseUrl?.startsWith("https://")) {
  console.error(
    "Set EDITOR_GITHUB_REPO (owner/name) and EDITOR_OAUTH_BASE_URL (https://…): see docs/authoring.md, “The hosted editor”.",
  );
  process.exit(1);
}

const out = path.join(root, process.env.EDITOR_OUT_DIR ?? "editor-dist");
const policy = editorContentSecurityPolicy(["https://api.github.com", new URL(baseUrl).origin])
  // Not allowed in a <meta> policy; the host's own headers may add it.
  .replace("; frame-ancestors 'none'", "");
const mode = {
  mode: "hosted" as const,
  repo,
  branch: process.env.EDITOR_GITHUB_BRANCH ?? "main",
  baseUrl,
  authEndpoint: process.env.EDITOR_OAUTH_ENDPOINT ?? "auth",
};

/** Writes `contents` as `<stem>-<hash>.<extension>` in the output folder; returns the name. */
async function writeHashed(stem: string, extension: string, contents: string | Buffer) {
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 12);
  const name = `${stem}-${hash}.${extension}`;
  await writeFile(path.join(out, name), contents);
  return name;
}

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const build = await buildEditor(out, root);
// The manifest is for the development server's rebuilds; a static host has no use for it.
await rm(path.join(out, MANIFEST));

// The pages in the preview link the site's stylesheet and, on item pages, its copy button's
// script (which does not run there): the editor serves its own copies.
const copy = async (file: AssetFile) => {
  const [stem, extension] = file.split(".") as [string, string];
  const bytes = await readFile(path.join(root, "public/assets", file)).catch(() => {
    throw new Error(`public/assets/${file} is missing: run \`npm run css\` first.`);
  });
  return writeHashed(stem, extension, bytes);
};
const assets: Record<AssetFile, string> = {
  "site.css": await copy("site.css"),
  "copy-citation.js": await copy("copy-citation.js"),
  // No page the preview shows uses the search files.
  "search.js": "/assets/search.js",
  "search-index.json": "/assets/search-index.json",
};
const snapshot = await makeSnapshot({
  root,
  facts: { history: readContentHistory(root), assets },
});
const snapshotFile = await writeHashed("snapshot", "json", JSON.stringify(snapshot));

await writeFile(
  path.join(out, "index.html"),
  adminPageHtml(
    await readContentTree(root),
    mode,
    build.script,
    { snapshot: snapshotFile, links: "site" },
    policy,
  ),
);
console.log(`Wrote the hosted editor for ${repo} to ${path.relative(root, out)}/.`);
