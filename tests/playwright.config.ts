import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./chromium";

const port = Number(process.env.E2E_PORT ?? 3999);

/** End-to-end tests run in Debian's Chromium against the production build (`next start`). */
export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: `PORT=${port} HOST=127.0.0.1 npx tsx lib/server/serve.ts`,
    cwd: "..",
    url: `http://127.0.0.1:${port}/robots.txt`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
