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
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { adminPageHtml, editorContentSecurityPolicy } from "@/lib/editor/admin-page";
import { bundleEditor } from "@/lib/editor/bundle";
import { readContentTree } from "@/lib/editor/content-tree";

const repo = process.env.EDITOR_GITHUB_REPO;
const baseUrl = process.env.EDITOR_OAUTH_BASE_URL;
if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !baseUrl?.startsWith("https://")) {
  console.error(
    "Set EDITOR_GITHUB_REPO (owner/name) and EDITOR_OAUTH_BASE_URL (https://…): see docs/authoring.md, “The hosted editor”.",
  );
  process.exit(1);
}

const out = path.join(process.cwd(), process.env.EDITOR_OUT_DIR ?? "editor-dist");
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

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await writeFile(path.join(out, "editor.js"), await bundleEditor());
await writeFile(
  path.join(out, "index.html"),
  adminPageHtml(await readContentTree(), mode, "editor.js", policy),
);
console.log(`Wrote the hosted editor for ${repo} to ${path.relative(process.cwd(), out)}/.`);
