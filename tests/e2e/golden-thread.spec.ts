import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readFrontmatter } from "../../lib/content/source-file";
import { priorityPath, urls } from "../../lib/site/urls";
import { contentGraph } from "./content";
import { sitemapPaths } from "./sitemap";

test("from an action to its theme, to a priority of the other plan, and back", async ({ page }) => {
  await page.goto("/plans/corporate-plan-2018-21/quality-of-life-and-environment");
  await page
    .locator("#action-1")
    .getByRole("link", { name: /^Action 1$/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action 1");

  const themes = page.locator(".theme-tags").first();
  const themeLink = themes.getByRole("link").first();
  const themeName = (await themeLink.innerText()).trim();
  await themeLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(themeName);

  const otherPlan = page.getByRole("region", { name: "Strategic Plan 2022-25" });
  await expect(otherPlan).toBeVisible();
  const priorityLink = otherPlan.locator("h3 a").first();
  const priorityTitle = (await priorityLink.innerText()).trim();
  await priorityLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(priorityTitle);

  const related = page.getByRole("region", { name: "Related priorities in other plans" });
  const back = related.getByRole("link").first();
  await expect(related).toContainText("Corporate Plan 2018-21");
  await back.click();
  await expect(page).toHaveURL(/\/plans\/corporate-plan-2018-21\/[a-z-]+$/);
  await expect(
    page.getByRole("region", { name: "Related priorities in other plans" }),
  ).toContainText("Strategic Plan 2022-25");
});

test("every priority page links to a theme and to a priority of the other plan", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const sitemap = await sitemapPaths(request);
  const priorities = (await contentGraph()).plans.flatMap((plan) => plan.priorities);
  for (const priority of priorities) {
    const path = priorityPath(priority);
    expect(sitemap, path).toContain(path);
    await page.goto(path);
    await expect(page.locator(".caption", { hasText: "Priority" }), path).toBeVisible();
    await expect(page.locator(".theme-tags").first().getByRole("link").first(), path).toBeVisible();
    const related = page.getByRole("region", { name: "Related priorities in other plans" });
    const hrefs = await related
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const otherPlan = `/plans/${priority.plan.id}/`;
    expect(
      hrefs.some((href) => href.startsWith("/plans/") && !href.startsWith(otherPlan)),
      path,
    ).toBe(true);
  }
});

test("every theme page lists items from both plans, with counts", async ({ page }) => {
  await page.goto(urls.themes());
  const listed = await page
    .locator(".card__title a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const themes = (await contentGraph()).themes.map((theme) => urls.theme(theme.id));
  expect(listed.toSorted()).toEqual(themes.toSorted());
  for (const theme of themes) {
    await page.goto(theme);
    await expect(page.getByRole("region", { name: "Corporate Plan 2018-21" }), theme).toBeVisible();
    await expect(page.getByRole("region", { name: "Strategic Plan 2022-25" }), theme).toBeVisible();
    await expect(page.getByText(/^In all plans: \d+ priorit/), theme).toBeVisible();
  }
});

/** Which actions each service leads, read straight from the content files. */
function actionsLedBy(serviceId: string): string[] {
  const plans = path.resolve(import.meta.dirname, "../../content/plans");
  const references: string[] = [];
  for (const plan of readdirSync(plans)) {
    const prefix = (
      readFrontmatter(readFileSync(path.join(plans, plan, "plan.mdx"), "utf8"))!.data as {
        referencePrefix: string;
      }
    ).referencePrefix;
    const folder = path.join(plans, plan, "priorities");
    for (const file of readdirSync(folder)) {
      const front = readFrontmatter(readFileSync(path.join(folder, file), "utf8"))!.data as {
        number: number;
        actions?: { number: number; lead?: string | string[] }[];
      };
      for (const action of front.actions ?? []) {
        const leads = action.lead === undefined ? [] : [action.lead].flat();
        if (leads.includes(serviceId))
          references.push(`${prefix}-${front.number}.${action.number}`);
      }
    }
  }
  return references.sort();
}

for (const service of ["fire-and-rescue-service", "public-health", "communications"]) {
  test(`the ${service} page lists exactly the actions that service leads`, async ({ page }) => {
    await page.goto(`/services/${service}`);
    const rendered = await page.locator(".service-actions li .tag").allInnerTexts();
    const expected = actionsLedBy(service);
    expect(expected.length).toBeGreaterThan(0);
    expect(rendered.map((text) => text.trim()).sort()).toEqual(expected);
  });
}

test("an action without a confirmed lead says so on its own page", async ({ page }) => {
  await page.goto("/plans/corporate-plan-2018-21/listen-to-residents/actions/26");
  await expect(page.locator(".summary-list").first()).toContainText("Lead not yet confirmed");
});
