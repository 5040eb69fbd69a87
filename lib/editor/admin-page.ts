import { decapConfig, type ContentTree, type EditorMode } from "./decap-config";
import { oneOrManyPaths } from "./fields";
import type { PreviewSettings } from "./preview/pane";
import type { EntryKind } from "@/lib/content/kinds";
import { schemaByKind } from "@/lib/content/schemas";

/**
 * The editor's own Content-Security-Policy, sent only with the editor's page and script. Decap
 * needs what the residents' pages never allow: its form validation compiles schemas ('unsafe-eval')
 * and its styles are injected at run time ('unsafe-inline'). It talks to the local proxy
 * (decap-server) or to GitHub, nothing else.
 */
export function editorContentSecurityPolicy(connect: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(" ")}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Every kind's one-or-many fields: the file format needs them, whichever collection it reads. */
export function allOneOrManyPaths(): string[][] {
  const seen = new Map<string, string[]>();
  for (const kind of Object.keys(schemaByKind) as EntryKind[]) {
    for (const path of oneOrManyPaths(kind)) seen.set(path.join("."), [...path]);
  }
  return [...seen.values()];
}

/** The editor's page: Decap's mount point, its configuration as data, and its script. */
export function adminPageHtml(
  tree: ContentTree,
  mode: EditorMode,
  scriptSrc: string,
  preview: PreviewSettings,
  /** For a static host that cannot send headers: the policy in the page itself. */
  metaPolicy?: string,
): string {
  const payload = { config: decapConfig(tree, mode), oneOrMany: allOneOrManyPaths(), preview };
  // `<` escaped so that no value can close the script element.
  const json = JSON.stringify(payload).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
${metaPolicy ? `<meta http-equiv="Content-Security-Policy" content="${metaPolicy}">\n` : ""}<title>Content editor</title>
<style>.Toastify__toast-body { white-space: pre-line; }</style>
</head>
<body>
<script type="application/json" id="editor-config">${json}</script>
<script type="module" src="${scriptSrc}"></script>
</body>
</html>
`;
}
