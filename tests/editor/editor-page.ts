import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** What the editor's end-to-end tests share: the working tree, and the editor's form. */

export const root = path.resolve(import.meta.dirname, "../..");
export const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: root, encoding: "utf8" });
export const changedContent = () => git("status", "--porcelain", "--", "content");

/** The editor, signed in to the local backend, on one entry's form. */
export async function openEntry(page: Page, collection: string, entry: string, admin = "/admin") {
  await page.goto(admin);
  await page.getByRole("button", { name: "Login" }).click();
  await page.goto(`${admin}#/collections/${collection}/entries/${entry}`);
  await expect(page.getByRole("button", { name: "Published", exact: true })).toBeVisible({
    timeout: 30_000,
  });
}

/** One item of a list in the form, found by the start of its summary line, opened. */
export async function openItem(page: Page, summary: string) {
  const label = page.locator(
    `xpath=//div[contains(@class,"NestedObjectLabel")][starts-with(normalize-space(.),${JSON.stringify(summary)})]`,
  );
  const item = label.locator("xpath=..");
  await item.locator("button").first().click();
  return item;
}

/** Publish now, and wait until decap-server has written the file. */
export async function publish(page: Page) {
  const written = page.waitForResponse(
    (response) =>
      response.url().endsWith("/api/v1") &&
      (response.request().postData() ?? "").includes('"persistEntry"'),
  );
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText("Publish now").click();
  expect((await written).status()).toBe(200);
  await expect(page.getByRole("button", { name: "Published", exact: true })).toBeVisible();
}
