import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./chromium";

const [appPort, proxyPort] = (process.env.EDITOR_PORTS ?? "3998,8098").split(",").map(Number);

/**
 * The content editor in local mode, as `npm run dev` serves it: next dev (its own dist folder, so
 * it never touches the production build) and decap-server writing this working tree. The tests
 * change content files and put them back with git checkout, so they run one at a time.
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
      command: `DECAP_SERVER_PORT=${proxyPort} NEXT_DIST_DIR=.next-editor NEXT_TELEMETRY_DISABLED=1 npx next dev -H 127.0.0.1 -p ${appPort}`,
      cwd: "..",
      url: `http://127.0.0.1:${appPort}/robots.txt`,
      reuseExistingServer: false,
      timeout: 90_000,
    },
  ],
});
