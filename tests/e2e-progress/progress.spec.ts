import { parseFeed } from "@rowanmanning/feed-parser";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { itemsDue, itemsOfPlan } from "../../lib/content/progress";
import { today } from "../../lib/content/today";
import { urls } from "../../lib/site/urls";
import { axeViolations } from "../e2e/axe";
import { fixtureGraph } from "./fixture";

const PRIORITY = "/plans/test-plan/first-priority";
const ACTION = `${PRIORITY}/actions/1`;
const OBJECTIVE = "/plans/test-plan/second-priority/objectives/1";

async function expectNoAxeViolations(page: Page, path: string) {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    expect(await axeViolations(page), `${path} at ${width} px`).toEqual([]);
  }
}

test("an action's page shows its current status and its history, newest first", async ({
  page,
}) => {
  await page.goto(ACTION);
  const progress = page.locator("section", {
    has: page.getByRole("heading", { name: "Progress", exact: true }),
  });
  await expect(progress.getByText("Current status:")).toContainText("Completed, 100%");
  await expect(progress.locator(".update time")).toHaveText(["1 July 2020", "1 April 2020"]);
  await expect(progress.getByRole("link", { name: "Cabinet report, July 2020" })).toHaveAttribute(
    "href",
    "https://example.org/cabinet-2020-07",
  );
  await expect(progress.getByRole("link", { name: "three towns" })).toHaveAttribute(
    "href",
    PRIORITY,
  );
});

test("a draft update is not published", async ({ page }) => {
  await page.goto(`${PRIORITY}/actions/2`);
  await expect(page.getByText("Current status:")).toContainText("At risk, 10%");
  await expect(page.getByText("A report still being drafted.")).toHaveCount(0);
});

test("an objective has a page of its own, with its progress or plainly none", async ({ page }) => {
  await page.goto(OBJECTIVE);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Objective 1");
  await expect(page.getByText("Current status:")).toContainText("Off track");
  await page.goto("/plans/test-plan/second-priority/objectives/2");
  await expect(page.getByText("No progress reported yet.")).toBeVisible();
  const reference = await page.request.get("/ref/TP20-2.1", { maxRedirects: 0 });
  expect(reference.headers().location).toBe(OBJECTIVE);
});

test("a priority page sums up its items' statuses and shows each item's status and its measures", async ({
  page,
}) => {
  await page.goto(PRIORITY);
  const summary = page.locator("section", {
    has: page.getByRole("heading", { name: "Progress", exact: true }),
  });
  await expect(summary).toContainText("1 of 2 items completed (50%).");
  await expect(summary.locator("table").getByRole("row", { name: /Completed/ })).toContainText("1");
  await expect(page.locator("#action-1 .item-status")).toHaveText("Completed, 100%");
  await expect(page.locator("#action-2 .item-status")).toHaveText("At risk, 10%");
  const measures = page.locator("section", {
    has: page.getByRole("heading", { name: "How we will measure progress" }),
  });
  await expect(measures).toContainText(
    "Latest: 4 things (2025/26). Improving since 2024/25. The target is not yet met.",
  );
  await expect(measures.locator("svg")).toHaveCount(1);
  await expect(measures.locator("table tbody tr")).toHaveCount(2);
  await expect(page.locator('a[href="#progress"]')).toHaveText("Progress");
});

test("the plan's progress page rolls up by priority, plan theme and theme, and lists what is due", async ({
  page,
}) => {
  const graph = await fixtureGraph();
  const plan = graph.plans[0]!;
  await page.goto("/plans/test-plan/progress");
  await expect(page.getByText("The latest report is dated")).toContainText("1 July 2020");
  await expect(
    page.getByRole("table", { name: "Progress by priority" }).locator("tbody tr"),
  ).toHaveCount(plan.priorities.length);
  await expect(page.getByRole("table", { name: "Progress by theme of the plan" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Progress by theme across the plans" }),
  ).toBeVisible();
  const due = itemsDue(plan, today()).map((item) => item.reference);
  const listed = page
    .locator("section", { has: page.getByRole("heading", { name: "Not reported this period" }) })
    .locator("li");
  await expect(listed).toHaveText(due.map((reference) => new RegExp(`^${reference} `)));
});

test("theme and service pages roll up their items", async ({ page }) => {
  await page.goto("/themes/health");
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "Progress", exact: true }) }),
  ).toContainText("completed");
  await page.goto("/services/fire-and-rescue-service");
  await expect(
    page.locator("section", { has: page.getByRole("heading", { name: "Progress", exact: true }) }),
  ).toContainText("1 of 1 item completed (100%).");
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });
  test("the explorer filters by status and by date", async ({ page }) => {
    await page.goto("/actions");
    await page.getByLabel("Progress").selectOption({ label: "Completed" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/status=completed/);
    await expect(page.getByRole("status")).toHaveText("Showing 1 action of 2.");
    await page.goto("/actions?status=not-reported");
    await expect(page.getByRole("status")).toHaveText("Showing 0 actions of 2.");
    await page.goto("/actions?updatedSince=2020-06-01");
    await expect(page.getByRole("status")).toHaveText("Showing 1 action of 2.");
  });
});

test("the Atom feeds parse, newest first, and every entry's page answers", async ({
  page,
  request,
}) => {
  await page.goto(PRIORITY);
  // A priority's page offers the whole site's feed, its plan's, and its own.
  const feedLinks = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  const offered = ["/updates.xml", "/plans/test-plan/updates.xml", urls.itemFeed(PRIORITY)].sort();
  expect(
    (await feedLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).sort(),
  ).toEqual(offered);
  for (const path of offered) {
    const response = await request.get(path);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const feed = parseFeed(await response.text());
    const dates = feed.items.map((item) => item.updated?.getTime() ?? 0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items.map((item) => item.title)).toContain(
      "TP20-1.1 The first action: completed, 100%",
    );
    for (const url of new Set(feed.items.map((item) => new URL(item.url!).pathname))) {
      expect((await request.get(url)).status(), url).toBe(200);
    }
  }
});

test("open data carries the latest progress, and every published update", async ({ request }) => {
  const graph = await fixtureGraph();
  const json = (await (await request.get("/data/actions.json")).json()) as {
    actions: { reference: string; status: string; percent: number | ""; updated: string }[];
  };
  expect(json.actions.find((a) => a.reference === "TP20-1.1")).toMatchObject({
    status: "Completed",
    percent: 100,
    updated: "2020-07-01",
  });
  const rows = parse(await (await request.get("/data/updates.csv")).text(), { columns: true }) as {
    reference: string;
  }[];
  expect(rows).toHaveLength(
    graph.plans.flatMap(itemsOfPlan).flatMap((item) => item.updates).length,
  );
});

test("the new pages have no accessibility problems at 320 px and 1280 px", async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of [
    ACTION,
    OBJECTIVE,
    PRIORITY,
    "/plans/test-plan/progress",
    "/themes/health",
    "/services/fire-and-rescue-service",
    "/actions?status=completed",
    "/plans/test-plan/how-we-work",
  ]) {
    await expectNoAxeViolations(page, path);
  }
});
