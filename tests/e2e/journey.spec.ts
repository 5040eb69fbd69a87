import { expect, test, type Page } from "@playwright/test";

async function homeToPriority(page: Page) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Oxfordshire County Council");

  await page.getByRole("link", { name: "Corporate Plan 2018-21" }).first().click();
  await expect(page).toHaveURL(/\/plans\/corporate-plan-2018-21$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Corporate Plan 2018-21");
  await expect(
    page.getByText("Thriving communities for everyone in Oxfordshire").first(),
  ).toBeVisible();

  await page.getByRole("link", { name: /We help people lead safe healthy lives/ }).click();
  await expect(page).toHaveURL(/\/plans\/corporate-plan-2018-21\/safe-healthy-lives$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "We help people lead safe healthy lives and play an active part in their community",
  );
  const breadcrumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumbs.getByRole("link")).toHaveText([
    "Home",
    "Corporate Plan 2018-21",
    "Thriving communities",
  ]);

  const actions = page.getByRole("region", { name: "Delivery plan actions" });
  await expect(actions.getByRole("heading", { level: 3, name: "Safe lives" })).toBeVisible();
  const first = page.locator("#action-1");
  await expect(first).toContainText("CP18-2.1");
  await expect(first).toContainText("safe and well-being visits");
  await expect(first).toContainText("Fire and Rescue Service");

  // The contents list jumps to the section's anchor.
  await page
    .getByRole("navigation", { name: "Contents" })
    .getByRole("link", { name: "Delivery plan actions" })
    .click();
  await expect(page).toHaveURL(/#actions$/);
}

test("a resident goes from the home page to a plan and one of its priorities", async ({ page }) => {
  await homeToPriority(page);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the same journey works", async ({ page }) => {
    await homeToPriority(page);
  });
});

test("the 2022-25 plan shows each priority's commitment and objectives", async ({ page }) => {
  await page.goto("/plans/strategic-plan-2022-25");
  await page
    .getByRole("link", {
      name: "Put action to address the climate emergency at the heart of our work",
    })
    .click();
  await expect(page.locator("#commitment")).toBeVisible();
  await expect(page.getByText(/^We will lead by example/)).toBeVisible();
  const objective = page.locator("#objective-3");
  await expect(objective).toContainText("SP22-1.3");
  await expect(objective).toContainText("biodiversity and nature recovery");
});

test("an action without a confirmed lead says so instead of showing the drafting mark", async ({
  page,
}) => {
  await page.goto("/plans/corporate-plan-2018-21/listen-to-residents");
  const action = page.locator("#action-26");
  await expect(action).toContainText(
    "Explore a 'Community Hub' model of providing local services.",
  );
  await expect(action).toContainText("Lead not yet confirmed");
  await expect(action).not.toContainText("info needed");
  await expect(action.locator("dd")).toHaveText(["Lead not yet confirmed", "Not yet confirmed"]);
});
