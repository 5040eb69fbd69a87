import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { changedContent, git, openEntry, openItem, publish, root } from "./editor-page";

const PRIORITY = "content/plans/corporate-plan-2018-21/priorities/02-safe-healthy-lives.mdx";

test.beforeAll(() => {
  expect(changedContent(), "the editor tests need content/ as committed").toBe("");
});

test.afterEach(() => {
  git("checkout", "--", "content");
});

test("an action's text and lead service changed in the form change exactly those two lines", async ({
  page,
}) => {
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives");
  const item = await openItem(page, "3. Review our local safeguarding");
  await item
    .getByLabel("Text", { exact: true })
    .fill("Review our local safeguarding arrangements under the Children and Social Work Act 2017");
  const lead = item.locator('[aria-label="relation field"]').first();
  await lead.getByRole("button", { name: "Remove Children, Education & Families" }).click();
  await lead.locator("input").fill("Public Health");
  await expect(page.getByRole("option", { name: "Public Health" })).toBeVisible();
  await lead.locator("input").press("Enter");
  await publish(page);

  const diff = git("diff", "-U0", "--", PRIORITY)
    .split("\n")
    .filter((line) => /^[-+] /.test(line));
  expect(diff).toEqual([
    '-    text: "Review our local safeguarding arrangements in the light of the Children and Social Work Act 2017 and new Working Together arrangements"',
    "-    lead: children-education-and-families",
    '+    text: "Review our local safeguarding arrangements under the Children and Social Work Act 2017"',
    "+    lead: public-health",
  ]);
  expect(changedContent().trim()).toBe(`M ${PRIORITY}`);
  execFileSync("npm", ["run", "-s", "content:check"], { cwd: root, stdio: "pipe" });

  // The preview shows the change on the next load.
  const preview = await page.request.get(
    "/plans/corporate-plan-2018-21/safe-healthy-lives/actions/3",
  );
  expect(await preview.text()).toContain("under the Children and Social Work Act 2017");
});

test("an emptied required text is refused and nothing is written", async ({ page }) => {
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives");
  const item = await openItem(page, "3. Review our local safeguarding");
  await item.getByLabel("Text", { exact: true }).fill("");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByText("Publish now").click();
  await expect(page.getByText(/Text is required/i).first()).toBeVisible();
  await expect(page.getByText(/Oops, you've missed a required field/i)).toBeVisible();
  expect(changedContent()).toBe("");
});

test("a lead service that does not exist cannot be picked", async ({ page }) => {
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives");
  const item = await openItem(page, "3. Review our local safeguarding");
  const lead = item.locator('[aria-label="relation field"]').first();
  await lead.locator("input").fill("Department of Made-up Things");
  await expect(page.getByText("No options")).toBeVisible();
  await lead.locator("input").press("Enter");
  await expect(lead.getByText("Children, Education & Families")).toBeVisible();
  await expect(page.getByRole("button", { name: "Published", exact: true })).toBeVisible();
  expect(changedContent()).toBe("");
});

/** One entry of every kind of content file. */
const ENTRIES: [kind: string, collection: string, entry: string][] = [
  ["site", "site", "site"],
  ["plan", "plans", "corporate-plan-2018-21"],
  ["plan theme", "corporate-plan-2018-21-themes", "thriving-people"],
  ["priority with objectives", "strategic-plan-2022-25-priorities", "01-climate-emergency"],
  ["chapter", "corporate-plan-2018-21-pages", "how-we-work"],
  ["figure", "corporate-plan-2018-21-figures", "funding-sources"],
  ["lead service", "services", "public-health"],
  ["cross-plan theme", "themes", "transport-and-travel"],
  ["site page", "pages", "accessibility"],
  ["status", "statuses", "on-track"],
];

for (const [kind, collection, entry] of ENTRIES) {
  test(`a ${kind}: one field changed is one line, changed back is the file as it was`, async ({
    page,
  }) => {
    await openEntry(page, collection, entry);
    // The editor saves only a changed entry; both saves write every field through the format.
    // Not the id: a changed id is a new web address, and the preview would report it.
    const first = page.locator('input[type=text]:not([id^="id-field"])').first();
    await expect(first).not.toHaveValue("");
    const value = await first.inputValue();
    await first.press("End");
    await first.pressSequentially("x");
    await publish(page);
    const [numstat] = git("diff", "--numstat", "--", "content").trim().split("\n");
    expect(numstat).toMatch(/^1\t1\t/);
    // Opened again from the file the editor wrote.
    await page.reload();
    await expect(page.getByRole("button", { name: "Published", exact: true })).toBeVisible();
    await expect(first).toHaveValue(`${value}x`);
    await first.press("End");
    await first.press("Backspace");
    await expect(page.getByText("Unsaved Changes")).toBeVisible();
    await publish(page);
    expect(changedContent()).toBe("");
  });
}
