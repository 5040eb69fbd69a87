import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./chromium";
import { HOSTED_DIST, PORTS } from "./editor/ports";

const { app: appPort, proxy: proxyPort, hosted: hostedPort } = PORTS;

/**
 * The content editor in local mode, as `npm run dev` serves it: next dev (its own dist folder, so
 * it never touches the production build) with the editor's script built ahead as `npm run dev`
 * builds it, and decap-server writing this working tree. Beside them, the hosted editor as
 * `npm run editor:build` writes it, served as static files. The tests change content files and put
 * them back with git checkout, so they run one at a time.
 */
export default defineConfig({
  testDir: "./editor",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    launchOptions: CHROMIUM,
  },
  webServer: [
    {
      command: `PORT=${proxyPort} MODE=fs GIT_REPO_DIRECTORY=. npx decap-server`,
      cwd: "..",
      // decap-server answers only POST requests: it is up when its port is open.
      port: proxyPort,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node --import tsx -e 'import("./lib/editor/dev-editor.ts").then((m) => m.devEditor())' && DECAP_SERVER_PORT=${proxyPort} NEXT_DIST_DIR=.next-editor NEXT_TELEMETRY_DISABLED=1 npx next dev -H 127.0.0.1 -p ${appPort}`,
      cwd: "..",
      url: `http://127.0.0.1:${appPort}/robots.txt`,
      reuseExistingServer: false,
      timeout: 90_000,
    },
    {
      command: `EDITOR_GITHUB_REPO=council/strategy EDITOR_OAUTH_BASE_URL=https://auth.invalid EDITOR_OUT_DIR=${HOSTED_DIST} npm run -s editor:build && npx tsx tests/editor/static-server.ts ${HOSTED_DIST} ${hostedPort}`,
      cwd: "..",
      url: `http://127.0.0.1:${hostedPort}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
