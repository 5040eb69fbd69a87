/**
 * The content editor (Decap CMS) in local mode, at /admin. This file is a route only for
 * `next dev` (next.config.ts adds the `dev.ts` page extension in the development phase), so the
 * production build has no /admin: there it is an unknown address and answers 404. Its file proxy
 * is answered beside it by `npm run dev` itself (lib/editor/server/), at /admin/api/v1.
 *
 * /admin                the editor's page
 * /admin/<hashed>.js    its script, built as `npm run dev` starts (lib/editor/dev-editor.ts),
 *                       named by its content and so cached for good
 * /admin/snapshot.json  the content as it is now, for the preview pane
 */
import { adminPageHtml, editorContentSecurityPolicy } from "@/lib/editor/admin-page";
import { readContentTree } from "@/lib/editor/content-tree";
import { DEV_SNAPSHOT_PATH, FILE_PROXY_PATH } from "@/lib/site/editor-addresses";
import { devEditor, devEditorFile } from "@/lib/editor/dev-editor";
import { devSnapshot } from "@/lib/editor/preview/dev-snapshot";

export const dynamic = "force-dynamic";

const SNAPSHOT = DEV_SNAPSHOT_PATH.split("/").pop()!;

export async function GET(_request: Request, context: { params: Promise<{ path?: string[] }> }) {
  const { path = [] } = await context.params;
  const headers = {
    "content-security-policy": editorContentSecurityPolicy([]),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
  };
  if (path.length === 0) {
    const [tree, build] = await Promise.all([readContentTree(), devEditor()]);
    const html = adminPageHtml(
      tree,
      { mode: "local", proxyUrl: FILE_PROXY_PATH },
      `/admin/${build.script}`,
      { snapshot: DEV_SNAPSHOT_PATH, links: "this-server" },
    );
    return new Response(html, {
      headers: { ...headers, "content-type": "text/html; charset=utf-8" },
    });
  }
  if (path.length === 1 && path[0] === SNAPSHOT) {
    return new Response(JSON.stringify(await devSnapshot()), {
      headers: { ...headers, "content-type": "application/json; charset=utf-8" },
    });
  }
  const file =
    path.length === 1 && path[0]!.endsWith(".js") ? await devEditorFile(path[0]!) : undefined;
  if (file) {
    return new Response(new Uint8Array(file), {
      headers: {
        ...headers,
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": "public, max-age=31536000, immutable",
      },
    });
  }
  return new Response("Not found\n", { status: 404, headers });
}
