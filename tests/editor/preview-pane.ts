import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";
import { root } from "./editor-page";

/** What the preview tests share: the pane, its page, and the production page to compare with. */

/** The pane around the page: its bar, its problems. */
export const paneOf = (page: Page) => page.frameLocator("#preview-pane");

/** The page in the pane. */
export const pageIn = (page: Page) =>
  paneOf(page).frameLocator('iframe[title="Preview of the page"]');

/**
 * The pane's first page for an entry: the browser loads the model's chunk and the snapshot (made
 * again after a test changed content/), then renders the page; on a busy 2-core machine that
 * takes longer than Playwright's 5 s for the largest priority.
 */
export async function firstPageShown(page: Page) {
  await expect(pageIn(page).locator("h1")).toBeVisible({ timeout: 30_000 });
}

/** Shows the page as residents will read it: without drafts and drafting notes. */
export async function asResidentsSee(page: Page) {
  const box = paneOf(page).getByLabel("Show drafts and drafting notes");
  await box.uncheck();
  await expect(paneOf(page).getByText("As residents will see the page")).toBeVisible();
}

/** The page the production build makes for `address` from the working tree, as HTML. */
export function productionPage(address: string): string {
  return execFileSync("npx", ["tsx", "tests/editor/production-page.ts", address], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
}

/** An element of an HTML document as this browser serialises it, to compare with the pane's. */
export async function partOf(page: Page, html: string, selector: string): Promise<string> {
  return page.evaluate(
    ([text, query]) =>
      new DOMParser().parseFromString(text!, "text/html").querySelector(query!)?.outerHTML ?? "",
    [html, selector],
  );
}

/** The site's header, footer and stylesheet are in the pane, and the stylesheet applies. */
export async function expectSiteChrome(page: Page, siteTitle: string) {
  const shown = pageIn(page);
  await expect(shown.getByRole("banner")).toContainText(siteTitle);
  await expect(shown.getByRole("contentinfo")).toBeVisible();
  const styled = await shown.locator("body").evaluate((body) => {
    const sheet = [...body.ownerDocument.styleSheets].find((each) =>
      (each.href ?? "").includes("site"),
    );
    return { rules: sheet?.cssRules.length ?? 0, font: getComputedStyle(body).fontFamily };
  });
  expect(styled.rules).toBeGreaterThan(0);
  // The site's own type, not the browser's default serif.
  expect(styled.font).not.toMatch(/^"?Times/);
}
