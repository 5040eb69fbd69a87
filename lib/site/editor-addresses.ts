/** Where the editor is served in `npm run dev`: its page and script, and its file proxy. */
export const EDITOR_PATH = "/admin";

/** The address the editor's page posts to (Decap's proxy backend `proxy_url`). */
export const FILE_PROXY_PATH = `${EDITOR_PATH}/api/v1`;

/** The content as it is now, for the preview pane in `npm run dev` (lib/editor/preview/). */
export const DEV_SNAPSHOT_PATH = `${EDITOR_PATH}/snapshot.json`;
