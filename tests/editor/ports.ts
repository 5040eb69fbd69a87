/**
 * The ports of the servers the editor's suite starts (tests/playwright.editor.config.ts):
 * EDITOR_PORTS="<npm run dev>,<the hosted editor's static files>".
 */
const [app = 3998, hosted = 3997] = (process.env.EDITOR_PORTS ?? "")
  .split(",")
  .filter(Boolean)
  .map(Number);

export const PORTS = { app, hosted };

/** Where the suite builds the hosted editor (npm run editor:build), apart from editor-dist/. */
export const HOSTED_DIST = ".next-editor-hosted";
