import { defineConfig } from "@playwright/test";

/**
 * How `npm run dev` listens and stops: each test starts `npm run dev` itself (one at a time, on
 * free ports, with the editor suite's dist folder) and ends it, so this runs apart from the editor
 * suite, before it.
 */
export default defineConfig({
  testDir: "./editor/dev-server",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: [["list"]],
});
