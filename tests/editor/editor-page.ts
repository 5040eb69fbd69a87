import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { FILE_PROXY_PATH } from "../../lib/site/editor-addresses";

/** What the editor's end-to-end tests share: the working tree, and the form as a person uses it. */

export const root = path.resolve(import.meta.dirname, "../..");
export const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: root, encoding: "utf8" });
export const PRIORITY = "content/plans/corporate-plan-2018-21/priorities/02-safe-healthy-lives.mdx";

/**
 * The editor, opened on one entry's form: the local editor at /admin, or another (the hosted
 * editor's address) signed in by its own button.
 */
export async function openEntry(page: Page, collection: string, entry: string, admin = "/admin") {
  await page.goto(admin);
  await page
    .getByRole("button", { name: /^(Open the editor|Sign in|Login)/ })
    .first()
    .click();
  await page.goto(`${admin}#/collections/${collection}/entries/${entry}`);
  await expect(page.getByRole("button", { name: "Published", exact: true })).toBeVisible({
    timeout: 30_000,
  });
}

/** One item of a list in the form, found by the start of its summary line. */
export function itemOf(page: Page, summary: string): Locator {
  const label = page.locator(
    `xpath=//div[contains(@class,"NestedObjectLabel")][starts-with(normalize-space(.),${JSON.stringify(summary)})]`,
  );
  return label.locator("xpath=..");
}

/** One item of a list in the form, opened. */
export async function openItem(page: Page, summary: string) {
  const item = itemOf(page, summary);
  await item.locator("button").first().click();
  return item;
}

/** The × of a list item (Decap's buttons have no names: open, move, remove, in that order). */
export function removeButton(item: Locator): Locator {
  return item.locator(":scope > div > button").nth(1);
}

/**
 * Publish now, and wait until the file proxy has written the file: npm run dev's own, or the one
 * at `proxyUrl` (the hosted editor's test hands that one on to npm run dev's).
 */
export async function publish(page: Page, proxyUrl: string = FILE_PROXY_PATH) {
  const written = page.waitForResponse(
    (response) =>
      response.url().endsWith(proxyUrl) &&
      (response.request().postData() ?? "").includes('"persistEntry"'),
  );
  await startPublishing(page);
  expect((await written).status()).toBe(200);
  await expect(page.getByRole("button", { name: "Published", exact: true })).toBeVisible();
}

export async function startPublishing(page: Page) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText("Publish now").click();
}

export const changedContent = () => git("status", "--porcelain", "--", "content");

/** Every test starts from content/ as committed and puts it back. */
export function keepContentAsCommitted() {
  test.beforeAll(() => {
    expect(changedContent(), "the editor tests need content/ as committed").toBe("");
  });
  test.afterEach(() => {
    git("checkout", "--", "content");
    git("clean", "-fdq", "--", "content");
  });
}
