import { expect, test } from "@playwright/test";
import { allActions, contentGraph } from "./content";

test.describe("search with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const [query, reference] of [
    ["broadband", "CP18-3.5"],
    ["20mph", "SP22-5.5"],
    ["fuel poverty", "CP18-2."],
  ] as const) {
    test(`“${query}” finds ${reference}`, async ({ page }) => {
      await page.goto("/");
      await page.getByRole("search").first().getByRole("searchbox").fill(query);
      await page.getByRole("search").first().getByRole("button", { name: "Search" }).click();
      await expect(page).toHaveURL(
        new RegExp(`/search\\?q=${encodeURIComponent(query).replace("%20", "(\\+|%20)")}$`),
      );
      await expect(page.getByRole("status")).toContainText(`for “${query}”`);
      const result = page.locator(".search-result", { hasText: reference }).first();
      await expect(result).toBeVisible();
      await expect(result.locator("mark").first()).toBeVisible();
    });
  }

  test("a search with no results offers the browse links", async ({ page }) => {
    await page.goto("/search?q=zzzzqqq");
    await expect(page.getByRole("status")).toHaveText("No results for “zzzzqqq”.");
    await expect(
      page.getByRole("link", { name: "Every delivery-plan action, with filters" }),
    ).toBeVisible();
  });
});

test("search updates the results as you type and announces them", async ({ page }) => {
  await page.goto("/search");
  await page.locator("#search-page-q").pressSequentially("brodband", { delay: 20 });
  await expect(page.getByRole("status")).toContainText("for “brodband”");
  await expect(page.locator(".search-result", { hasText: "CP18-3.5" })).toBeVisible();
  await expect(page).toHaveURL(/\/search\?q=brodband$/);
});

test("results typed and results from the server are the same markup, and clearing the box clears them", async ({
  browser,
  page,
}) => {
  await page.goto("/search");
  await page.locator("#search-page-q").pressSequentially("broadband", { delay: 20 });
  await expect(page.getByRole("status")).toContainText("for “broadband”");
  const typed = await page.locator("#search-results").innerHTML();
  const status = await page.getByRole("status").innerText();

  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const server = await withoutScript.newPage();
  await server.goto("/search?q=broadband");
  expect(await server.locator("#search-results").innerHTML()).toBe(typed);
  expect(await server.getByRole("status").innerText()).toBe(status);
  await withoutScript.close();

  await page.locator("#search-page-q").fill("");
  await expect(page.locator(".search-result")).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText(
    "Type a word or a reference, such as broadband or CP18-2.16.",
  );
  await expect(page).toHaveURL(/\/search$/);
});

test("keyboard only: skip link, search, a result, the action", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
  // Back from the main content: the header's search button, then its search box.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(page.locator("#site-search-q")).toBeFocused();
  await page.keyboard.type("broadband");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=broadband$/);
  const firstAction = page.locator(".search-result", { hasText: "CP18-3.5" }).getByRole("link");
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press("Tab");
    if (await firstAction.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(firstAction).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(
    /\/plans\/corporate-plan-2018-21\/quality-of-life-and-environment\/actions\/5$/,
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action 5");
});

test.describe("the actions explorer with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("filters by lead service with a plain form, and the address can be shared", async ({
    page,
  }) => {
    const total = (await allActions()).length;
    await page.goto("/actions");
    await expect(page.getByRole("status")).toHaveText(`Showing ${total} actions of ${total}.`);
    await page.getByLabel("Lead service").selectOption({ label: "Trading Standards" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/actions\?(.*&)?service=trading-standards/);
    const count = await page.locator(".search-result").count();
    expect(count).toBeGreaterThan(0);
    await expect(page.getByRole("status")).toHaveText(
      `Showing ${count} action${count === 1 ? "" : "s"} of ${total}.`,
    );
    for (const lead of await page.locator(".search-result .meta-text").allInnerTexts()) {
      expect(lead).toContain("Trading Standards");
    }
    const shared = page.url();
    await page.goto(shared);
    await expect(page.locator(".search-result")).toHaveCount(count);
  });

  test("an empty result says so and offers to clear the filters", async ({ page }) => {
    await page.goto("/actions?plan=strategic-plan-2022-25");
    await expect(page.getByText("No actions match these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear the filters" }).click();
    const total = (await allActions()).length;
    await expect(page.getByRole("status")).toHaveText(`Showing ${total} actions of ${total}.`);
  });
});

test("open data: every objective, with its plan's status and the period the plan gives it", async ({
  request,
}) => {
  const { objectives } = (await (await request.get("/data/objectives.json")).json()) as {
    objectives: { reference: string; period: string; plan_status: string }[];
  };
  const graph = await contentGraph();
  const expected = graph.plans.flatMap((plan) =>
    plan.priorities.flatMap((priority) =>
      priority.objectives.map((objective) => ({
        reference: objective.reference,
        period: plan.objectivesPeriod ?? "",
        plan_status: plan.status,
      })),
    ),
  );
  expect(
    objectives.map(({ reference, period, plan_status }) => ({ reference, period, plan_status })),
  ).toEqual(expected);
});

test("open data: every action as JSON and CSV", async ({ request }) => {
  const json = await request.get("/data/actions.json");
  expect(json.headers()["content-type"]).toContain("application/json");
  const { actions } = (await json.json()) as {
    actions: { reference: string; permalink: string; plan_status: string }[];
  };
  const all = await allActions();
  const references = all.map((action) => action.reference);
  expect(actions.map((action) => action.reference).sort()).toEqual([...references].sort());
  // Each action says whether its plan is a draft.
  const statusOf = new Map(all.map((action) => [action.reference, action.priority.plan.status]));
  for (const action of actions) expect(action.plan_status).toBe(statusOf.get(action.reference));
  const csv = await request.get("/data/actions.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.startsWith('"reference","plan","plan_status","priority_reference"')).toBe(true);
  const rows = text.match(/^"[A-Z]{2}\d{2}-\d+\.\d+",/gm) ?? [];
  expect(rows).toHaveLength(references.length);
});
