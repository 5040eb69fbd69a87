import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium, never a downloaded one (tests/ensure-chromium.sh installs it): the one launch
 * every Playwright suite uses. CHROMIUM_PATH points at another Chromium.
 */
export const CHROMIUM: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
  ],
};
