import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "@playwright/test";
import type * as Axe from "axe-core";

/** axe-core's browser build, read once per test worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), {
  encoding: "utf8",
});

/** What every scan checks: WCAG 2.2 A and AA, and axe's best practices. */
const OPTIONS: Axe.RunOptions = {
  runOnly: {
    type: "tag",
    values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
  },
  // Only violations are reported, so axe need not gather every node that passed: the same rules
  // run on the same nodes, with less bookkeeping.
  resultTypes: ["violations"],
};

/**
 * Loads axe into every document the context opens, before the page's own scripts, so a test that
 * scans many pages sends axe's 550 KB to the browser once instead of on every scan.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * Every WCAG 2.2 A/AA and best-practice violation on the page as laid out now, one line each.
 * axe runs in the page itself, loaded first into each frame that lacks it: what
 * @axe-core/playwright's legacy mode does, but that loads axe twice on every scan, which cost more
 * than the scan itself when every page is scanned at two widths.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(AXE_SOURCE);
  }
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: typeof Axe }).axe.run(document, options),
    OPTIONS,
  );
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
