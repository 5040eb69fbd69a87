/**
 * The content editor (Decap CMS) in local mode, at /admin. This file is a route only for
 * `next dev` (next.config.ts adds the `dev.ts` page extension in the development phase), so the
 * production build has no /admin: there it is an unknown address and answers 404. Its file proxy
 * is answered beside it by `npm run dev` itself (lib/editor/server/), at /admin/api/v1.
 */
import { adminPageHtml, editorContentSecurityPolicy } from "@/lib/editor/admin-page";
import { bundleEditor } from "@/lib/editor/bundle";
import { readContentTree } from "@/lib/editor/content-tree";
import { FILE_PROXY_PATH } from "@/lib/editor/addresses";

export const dynamic = "force-dynamic";

let script: Promise<string> | undefined;

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
    const tree = await readContentTree();
    const html = adminPageHtml(
      tree,
      { mode: "local", proxyUrl: FILE_PROXY_PATH },
      "/admin/editor.js",
    );
    return new Response(html, {
      headers: { ...headers, "content-type": "text/html; charset=utf-8" },
    });
  }
  if (path.length === 1 && path[0] === "editor.js") {
    script ??= bundleEditor().catch((error: unknown) => {
      script = undefined;
      throw error;
    });
    return new Response(await script, {
      headers: { ...headers, "content-type": "text/javascript; charset=utf-8" },
    });
  }
  return new Response("Not found\n", { status: 404, headers });
}
