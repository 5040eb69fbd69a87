import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import {
  changedContent,
  git,
  itemOf,
  keepContentAsCommitted,
  openEntry,
  openItem,
  PRIORITY,
  publish,
  removeButton,
  root,
  startPublishing,
} from "./editor-page";

/**
 * The communications officer's mistakes, made in the real editor against `npm run dev`: nothing
 * citable is lost in one click, a list edit is that entry's lines only, a problem is said in
 * plain words where it is, and the preview never shows a stack trace.
 */

keepContentAsCommitted();

const PRIORITIES = "corporate-plan-2018-21-priorities";
const ENTRY = "02-safe-healthy-lives";

/** The lines a save changed, as `git diff` shows them. */
const changedLines = (file: string) =>
  git("diff", "-U0", "--", file)
    .split("\n")
    .filter((line) => /^[-+] /.test(line));

/** Answers the next question the page asks (window.confirm), and gives its words. */
function answerNextQuestion(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once("dialog", (dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}

test("the × on a published action asks first, and publishing its removal is refused by the check in plain words", async ({
  page,
}) => {
  await openEntry(page, PRIORITIES, ENTRY);
  await expect(page.getByRole("button", { name: "Media" })).toHaveCount(0);
  const action = itemOf(page, "19.");
  const kept = answerNextQuestion(page, false);
  await removeButton(action).click();
  expect(await kept).toContain("Remove action 19 from this priority?");
  expect(await kept).toContain("keep it and fill in “Withdrawn” (the date and the reason) instead");
  await expect(action).toBeVisible();

  const removed = answerNextQuestion(page, true);
  await removeButton(action).click();
  await removed;
  await expect(action).toHaveCount(0);
  await startPublishing(page);
  const refusal = page.locator(".Toastify__toast");
  await expect(refusal).toContainText(
    "Not published: nothing was saved, because the content check found a problem.",
  );
  await expect(refusal).toContainText(
    "Action 19 (CP18-2.19) is no longer in this priority, but its page has been published at /plans/corporate-plan-2018-21/safe-healthy-lives/actions/19",
  );
  await expect(refusal).toContainText("fill in Withdrawn (withdrawn) with the date and the reason");
  await expect(page.getByText("Not yet published")).toBeVisible();
  expect(changedContent()).toBe("");
});

test("withdrawing an action is that action's lines only, and its page says when and why", async ({
  page,
}) => {
  await openEntry(page, PRIORITIES, ENTRY);
  const action = await openItem(page, "19.");
  const withdrawn = action.locator('[id^="withdrawn-field"]').locator("xpath=..");
  await withdrawn.getByRole("button").first().click();
  const date = action.getByLabel("Withdrawn on");
  await expect(date).toHaveAttribute("type", "date");
  // The calendar holds only real days: the browser refuses 31 February.
  expect(
    await date.evaluate((input: HTMLInputElement) => ((input.value = "2026-02-31"), input.value)),
  ).toBe("");
  await date.fill("2027-03-01");

  // Published without a reason: the check refuses it, naming the field as the form names it.
  await startPublishing(page);
  await expect(page.locator(".Toastify__toast")).toContainText(
    /Actions → item \d+ → Withdrawn → Why: This field is required\./,
  );
  expect(changedContent()).toBe("");

  await action.getByLabel("Why").fill("Merged into action 18.");
  await publish(page);
  expect(changedLines(PRIORITY)).toEqual([
    "+    withdrawn:",
    "+      date: 2027-03-01",
    "+      reason: Merged into action 18.",
  ]);
  execFileSync("npm", ["run", "-s", "content:check"], { cwd: root, stdio: "pipe" });
  await page.goto("/plans/corporate-plan-2018-21/safe-healthy-lives/actions/19");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action 19");
  await expect(page.getByText("This action was withdrawn on 1 March 2027.")).toBeVisible();
  await expect(page.getByText("Merged into action 18.")).toBeVisible();
});

test("removing an entry of a list that may go asks, and changes that entry's line only", async ({
  page,
}) => {
  await openEntry(page, "services", "property-assets-and-investments");
  const alias = page
    .locator('input[value="Property, Assets & Investment"]')
    .locator('xpath=ancestor::div[contains(@class,"ListItem")][1]');
  const question = answerNextQuestion(page, true);
  await removeButton(alias).click();
  expect(await question).toBe("Remove “Property, Assets & Investment” from Other names?");
  await publish(page);
  expect(changedLines("content/services/property-assets-and-investments.mdx")).toEqual([
    '-  - "Property, Assets & Investment"',
  ]);
});

test("the preview shows a broken file's problems in the check's words, never a stack trace, until it is fixed", async ({
  page,
}) => {
  const file = path.join(root, "content/services/ict.mdx");
  writeFileSync(file, "---\nid: ict\nnam: ICT\n---\n");
  for (const address of [
    "/",
    "/plans",
    "/plans/corporate-plan-2018-21/listen-to-residents/actions/3",
  ]) {
    const response = await page.goto(address);
    expect(response!.status(), address).toBe(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The content has 2 problems");
    const text = await page.locator("body").innerText();
    expect(text).toContain("content/services/ict.mdx, line 3");
    expect(text).toContain("Unknown field: nam.");
    expect(text).toContain("Did you mean 'nam' → 'name'?");
    expect(text).not.toMatch(/\n\s+at |\.tsx?:\d+|Error:|Unhandled|Runtime/);
  }
  await page.getByRole("link", { name: "Open this file in the editor" }).first().click();
  await expect(page).toHaveURL(/\/admin#\/collections\/services\/entries\/ict$/);
  await page.getByRole("button", { name: "Open the editor" }).click();
  await expect(page.getByRole("button", { name: "Published", exact: true })).toBeVisible({
    timeout: 30_000,
  });

  git("checkout", "--", "content/services/ict.mdx");
  const fixed = await page.goto("/");
  expect(fixed!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/problem/);
});

test("the file proxy refuses another page's request and anything outside content/", async ({
  page,
}) => {
  const call = (body: unknown, headers: Record<string, string> = {}) =>
    page.request.post("/admin/api/v1", { data: body, headers, failOnStatusCode: false });
  const save = (file: string) => ({
    action: "persistEntry",
    params: {
      branch: "main",
      entry: { slug: "x", path: file, raw: "export const GET = () => new Response('x');\n" },
      assets: [],
      options: { commitMessage: "x", useWorkflow: false, status: "draft" },
    },
  });
  expect((await call(save("content/x.mdx"), { Origin: "http://evil.example" })).status()).toBe(403);
  expect((await call(save("app/zz-probe/route.ts"))).status()).toBe(403);
  expect((await call(save(".git/hooks/pre-commit"))).status()).toBe(403);
  const config = await call({
    action: "getEntry",
    params: { branch: "main", path: ".git/config" },
  });
  expect(config.status()).toBe(403);
  expect(existsSync(path.join(root, "app/zz-probe"))).toBe(false);
  expect(existsSync(path.join(root, ".git/hooks/pre-commit"))).toBe(false);
  expect(changedContent()).toBe("");
});
