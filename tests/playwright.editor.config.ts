import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./chromium";

const port = Number(process.env.EDITOR_PORT ?? 3998);

/**
 * The content editor in local mode, as `npm run dev` serves it (its own dist folder, so it never
 * touches the production build), writing this working tree. The tests change content files and
 * put them back with git checkout, so they run one at a time. How npm run dev listens and stops
 * is tested apart (playwright.dev-server.config.ts): it starts servers of its own.
 */
export default defineConfig({
  testDir: "./editor",
  testIgnore: "dev-server/**",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: `PORT=${port} NEXT_DIST_DIR=.next-editor NEXT_TELEMETRY_DISABLED=1 npm run dev`,
    cwd: "..",
    url: `http://localhost:${port}/robots.txt`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
