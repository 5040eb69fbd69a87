import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./chromium";
import { HOSTED_DIST, PORTS } from "./editor/ports";

/**
 * The content editor in local mode, as `npm run dev` serves it (its own dist folder, so it never
 * touches the production build), writing this working tree; beside it, the hosted editor as
 * `npm run editor:build` writes it, served as static files. The tests change content files and put
 * them back with git checkout, so they run one at a time. How npm run dev listens and stops is
 * tested apart (playwright.dev-server.config.ts): it starts servers of its own.
 */
export default defineConfig({
  testDir: "./editor",
  // Those start npm run dev servers of their own (playwright.dev-server.config.ts).
  testIgnore: "dev-server/**",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORTS.app}`,
    launchOptions: CHROMIUM,
  },
  webServer: [
    {
      command: `PORT=${PORTS.app} NEXT_DIST_DIR=.next-editor NEXT_TELEMETRY_DISABLED=1 npm run dev`,
      cwd: "..",
      url: `http://localhost:${PORTS.app}/robots.txt`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `EDITOR_GITHUB_REPO=council/strategy EDITOR_OAUTH_BASE_URL=https://auth.invalid EDITOR_OUT_DIR=${HOSTED_DIST} npm run -s editor:build && npx tsx tests/editor/static-server.ts ${HOSTED_DIST} ${PORTS.hosted}`,
      cwd: "..",
      url: `http://127.0.0.1:${PORTS.hosted}/`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
