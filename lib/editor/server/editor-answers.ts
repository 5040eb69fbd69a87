import type { IncomingMessage, ServerResponse } from "node:http";
import { adminPageHtml, editorContentSecurityPolicy } from "../admin-page";
import { readContentTree } from "../content-tree";
import { devEditor, devEditorFile } from "../dev-editor";
import { devSnapshot } from "../preview/dev-snapshot";
import { DEV_SNAPSHOT_PATH, EDITOR_PATH, FILE_PROXY_PATH } from "@/lib/site/editor-addresses";

/**
 * The content editor's own addresses in `npm run dev`, answered by its server itself
 * (dev-server.ts, behind its guard), as the hosted editor's are by a static host: not by Next's
 * development server, which compiled a route for them on first use and answered each request
 * through its development machinery (bench/README.md, section 10). The file proxy,
 * /admin/api/v1, is answered before these.
 *
 * /admin                the editor's page
 * /admin/<hashed>.js    its script, built as `npm run dev` starts (lib/editor/dev-editor.ts),
 *                       named by its content and so cached for good
 * /admin/snapshot.json  the content as it is now, for the preview pane; "not modified" when the
 *                       pane already has this version (its `ETag`)
 */
const HEADERS = {
  "content-security-policy": editorContentSecurityPolicy([]),
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

const PLAIN = { "content-type": "text/plain; charset=utf-8" };
const SNAPSHOT = DEV_SNAPSHOT_PATH;

export async function answerEditor(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
): Promise<void> {
  const path = (request.url ?? "/").split("?", 1)[0]!;
  if (request.method !== "GET" && request.method !== "HEAD") {
    return send(request, response, 405, { ...PLAIN, allow: "GET, HEAD" }, "Method not allowed\n");
  }
  if (path === EDITOR_PATH || path === `${EDITOR_PATH}/`) {
    const [tree, build] = await Promise.all([readContentTree(root), devEditor(root)]);
    const html = adminPageHtml(
      tree,
      { mode: "local", proxyUrl: FILE_PROXY_PATH },
      `${EDITOR_PATH}/${build.script}`,
      { snapshot: SNAPSHOT, links: "this-server" },
    );
    return send(request, response, 200, { "content-type": "text/html; charset=utf-8" }, html);
  }
  if (path === SNAPSHOT) {
    const snapshot = await devSnapshot(root);
    const etag = `"${snapshot.version}"`;
    if (request.headers["if-none-match"] === etag) {
      return send(request, response, 304, { etag }, "");
    }
    return send(
      request,
      response,
      200,
      { "content-type": "application/json; charset=utf-8", etag },
      JSON.stringify(snapshot),
    );
  }
  const name = path.slice(EDITOR_PATH.length + 1);
  const file = /^[\w-]+\.js$/.test(name) ? await devEditorFile(name, root) : undefined;
  if (file) {
    return send(
      request,
      response,
      200,
      {
        "content-type": "text/javascript; charset=utf-8",
        "cache-control": "public, max-age=31536000, immutable",
      },
      file,
    );
  }
  return send(request, response, 404, PLAIN, "Not found\n");
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string | Buffer,
): void {
  response.writeHead(status, { ...HEADERS, ...headers });
  response.end(request.method === "HEAD" ? undefined : body);
}
