import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const port = Number(process.env.E2E_PROGRESS_PORT ?? 3998);

/**
 * The content there is no progress in yet, tested on a fixture site that has some
 * (tests/fixtures/progress-site), served from a shallow clone of it that tests/run-all.sh makes
 * with tests/shallow-clone.sh: the same build shows what a copy without history says.
 */
export const PROGRESS_CONTENT = "tests/.tmp-progress-site/content";
export const PROGRESS_DIST = ".next-progress";

/**
 * End-to-end tests of delivery progress, against a production build of the fixture site in
 * tests/fixtures/progress-site (cloned and built by tests/run-all.sh with CONTENT_DIR and
 * NEXT_DIST_DIR).
 */
export default defineConfig({
  ...base,
  testDir: "./e2e-progress",
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `PORT=${port} HOST=127.0.0.1 CONTENT_DIR=${PROGRESS_CONTENT} NEXT_DIST_DIR=${PROGRESS_DIST} npx tsx lib/server/serve.ts`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/robots.txt`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
