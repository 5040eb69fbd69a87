import { defineConfig } from "@playwright/test";
import { CHROMIUM } from "./chromium";
import { PORTS } from "./serving/ports";

/**
 * The serving suite: the hostile-input table, the page journeys and the disk check against each
 * way the production build is served: `npm start`, `next start`, and nginx's cache
 * (deploy/nginx/) in front of `npm start`. The cache's own behaviour (tests/serving/cache.spec.ts)
 * is tested through nginx only. SERVING_PORTS: npm start, next start, nginx, a second nginx for
 * the deploy test (tests/run-all.sh picks free ones).
 */
const { npmStart, nextStart, nginx } = PORTS;

const base = (port: number | undefined) => `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./serving",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: { launchOptions: CHROMIUM },
  projects: [
    { name: "npm start", use: { baseURL: base(npmStart) }, testIgnore: /cache\.spec\.ts/ },
    // prerendered.spec.ts compares npm start's answers from memory with next start's.
    {
      name: "next start",
      use: { baseURL: base(nextStart) },
      testIgnore: /(cache|prerendered)\.spec\.ts/,
    },
    { name: "nginx cache", use: { baseURL: base(nginx) }, testIgnore: /prerendered\.spec\.ts/ },
  ],
  webServer: [
    {
      command: `PORT=${npmStart} HOST=127.0.0.1 npx tsx lib/server/serve.ts`,
      cwd: "..",
      url: `${base(npmStart)}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${nextStart} -H 127.0.0.1`,
      cwd: "..",
      // It prints a stack for each TRACE it answers with 500 (tests/serving/hostile.spec.ts).
      stderr: "ignore",
      url: `${base(nextStart)}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `bash deploy/nginx/run-local.sh ${nginx} ${npmStart} tests/.tmp-nginx-${nginx}`,
      cwd: "..",
      url: `${base(nginx)}/robots.txt`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: "SIGTERM", timeout: 2_000 },
    },
  ],
});
