import { expect, test } from "@playwright/test";
import { parseDeliveryPlan, parseStrategicPlan } from "../fidelity/parse-sources";
import { contentGraph } from "./content";

/** References of every action and objective, from the council's documents. */
function sourceReferences(): string[] {
  const actions = parseDeliveryPlan().map((action) => `CP18-${action.priority}.${action.number}`);
  const objectives = parseStrategicPlan().flatMap((priority, index) =>
    priority.objectives.map((_, position) => `SP22-${index + 1}.${position + 1}`),
  );
  return [...actions, ...objectives];
}

test("every action and objective resolves from its /ref/ short link to a page that shows it", async ({
  request,
}) => {
  test.setTimeout(120_000);
  const references = sourceReferences();
  // Every action and objective of the council's documents, and nothing else, has a reference.
  const graph = await contentGraph();
  const cited = [...graph.byReference].filter(([, c]) => c.kind !== "priority").map(([r]) => r);
  expect([...references].sort()).toEqual(cited.sort());
  const failures: string[] = [];
  for (const reference of references) {
    const response = await request.get(`/ref/${reference.toLowerCase()}`, { maxRedirects: 0 });
    const location = response.headers()["location"] ?? "";
    if (response.status() !== 308) {
      failures.push(`${reference}: ${response.status()}`);
      continue;
    }
    const target = new URL(location, "http://x");
    const page = await request.get(target.pathname);
    const html = await page.text();
    const anchor = target.hash.slice(1);
    const shown = anchor
      ? new RegExp(`id="${anchor}"[^]*?${reference.replace(".", "\\.")}`).test(html)
      : html.includes(
          `<h1>${target.pathname.includes("/objectives/") ? "Objective" : "Action"} ${reference.split(".")[1]}</h1>`,
        ) && html.includes(reference);
    if (page.status() !== 200 || !shown)
      failures.push(`${reference}: ${location} does not show it`);
  }
  expect(failures).toEqual([]);
});

test("a priority's short link redirects permanently to its page", async ({ request }) => {
  const response = await request.get("/ref/CP18-2", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers()["location"]).toMatch(
    /\/plans\/corporate-plan-2018-21\/safe-healthy-lives$/,
  );
});

test("an unknown reference gets the 404 page with the nearest references", async ({ page }) => {
  const response = await page.goto("/ref/CP18-2.99");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: /^CP18-2\.\d+$/ }).first()).toBeVisible();
});

test("the citation is in the page with JavaScript off, and copyable with it on", async ({
  browser,
}) => {
  const path = "/plans/corporate-plan-2018-21/safe-healthy-lives/actions/16";
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(path);
  await plain.getByText("Cite CP18-2.16").click();
  await expect(plain.locator("#action-citation")).toHaveText(
    /^Oxfordshire County Council, Corporate Plan 2018-21, CP18-2\.16: In the Safe and Well-being visits .*, https:\/\/.+\/ref\/CP18-2\.16$/,
  );
  // Beside it, the dated form: the day its current wording took effect, and that day's link.
  await expect(plain.locator("#action-dated-citation")).toHaveText(
    /^Oxfordshire County Council, Corporate Plan 2018-21, CP18-2\.16, as at \d{1,2} \w+ \d{4}: In the Safe .*, https:\/\/.+\/ref\/CP18-2\.16\/\d{4}-\d{2}-\d{2}$/,
  );
  await expect(plain.getByRole("button", { name: "Copy citation" })).toBeHidden();
  await noScript.close();

  const withScript = await browser.newContext({
    permissions: ["clipboard-read", "clipboard-write"],
  });
  const page = await withScript.newPage();
  await page.goto(path);
  await page.getByText("Cite CP18-2.16").click();
  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator("#action-citation").innerText());
  await page.getByRole("button", { name: "Copy dated citation" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.locator("#action-dated-citation").innerText(),
  );
  await withScript.close();
});

test("a printed priority page has no navigation and prints link addresses", async ({ page }) => {
  await page.goto("/plans/corporate-plan-2018-21/safe-healthy-lives");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header nav")).toBeHidden();
  await expect(page.locator(".breadcrumbs")).toBeHidden();
  await expect(page.locator(".site-footer")).toBeHidden();
  await expect(page.locator(".contents-list")).toBeHidden();
  const after = await page
    .locator("main a[href^='/']")
    .first()
    .evaluate((link) => getComputedStyle(link, "::after").content);
  expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(\/.*\)"$/);
});

test("the whole plan is on one page for printing", async ({ page }) => {
  await page.goto("/plans/corporate-plan-2018-21");
  await page.getByRole("link", { name: "The whole plan on one page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Corporate Plan 2018-21");
  const plan = (await contentGraph()).plans.find((p) => p.id === "corporate-plan-2018-21")!;
  const actions = plan.priorities.flatMap((priority) => priority.actions);
  await expect(page.locator("li.action")).toHaveCount(actions.length);
  await expect(page.getByRole("heading", { level: 2, name: "How we work" })).toBeVisible();
});

test("each content page says when it was last updated, an item when its own wording did", async ({
  page,
}) => {
  await page.goto("/plans/strategic-plan-2022-25");
  await expect(page.locator(".last-updated")).toHaveText(/^Last updated \d{1,2} \w+ \d{4}\./);
  await page.goto("/plans/strategic-plan-2022-25/climate-emergency");
  await expect(page.locator(".last-updated")).toHaveCount(0);
  await expect(page.locator(".item-changed")).toHaveText(
    /^Wording (last changed|unchanged since it was first published on this site,) \d{1,2} \w+ \d{4}\./,
  );
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Changes to the plans");
});
