import { expect, test } from "@playwright/test";
import { changedContent, git, openEntry, openItem, publish } from "./editor-page";
import {
  asResidentsSee,
  expectSiteChrome,
  firstPageShown,
  pageIn,
  paneOf,
  partOf,
  productionPage,
} from "./preview-pane";

/**
 * The preview pane in the editor as `npm run dev` serves it: the entry's page, made in the browser
 * from the unsaved form by the site's own code, and the same page the build makes once saved.
 */

const PRIORITY = "content/plans/corporate-plan-2018-21/priorities/02-safe-healthy-lives.mdx";
const PRIORITY_PAGE = "/plans/corporate-plan-2018-21/safe-healthy-lives";
const SITE_TITLE = "Oxfordshire County Council strategy";
const NEW_TEXT =
  "Review our local safeguarding arrangements under the Children and Social Work Act 2017";

test.beforeAll(() => {
  expect(changedContent(), "the editor tests need content/ as committed").toBe("");
});

test.afterEach(() => {
  git("checkout", "--", "content");
});

test("the editor's script is named by its content and cached for good", async ({ request }) => {
  const html = await (await request.get("/admin")).text();
  const src = /<script type="module" src="(\/admin\/editor-[A-Z0-9]{8}\.js)">/.exec(html)?.[1];
  expect(src, "the page loads a hashed script").toBeDefined();
  const script = await request.get(src!);
  expect(script.status()).toBe(200);
  expect(script.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(script.headers()["content-type"]).toBe("text/javascript; charset=utf-8");
  expect((await request.get("/admin/editor-AAAAAAAA.js")).status()).toBe(404);
  // The page itself is never cached: it names the current script.
  expect((await request.get("/admin")).headers()["cache-control"]).toBe("no-store");
  // The snapshot is sent again only when the content has changed since the version the pane has.
  const snapshot = await request.get("/admin/snapshot.json");
  const etag = snapshot.headers()["etag"]!;
  expect(etag).toBe(`"${((await snapshot.json()) as { version: string }).version}"`);
  const again = await request.get("/admin/snapshot.json", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
});

test("an action's new text shows in the pane before saving; saved, the build makes that page", async ({
  page,
}) => {
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives");
  await firstPageShown(page);
  await expect(pageIn(page).locator("h1")).toContainText("We help people lead safe healthy lives");
  await asResidentsSee(page);
  const item = await openItem(page, "3. Review our local safeguarding");
  await item.getByLabel("Text", { exact: true }).fill(NEW_TEXT);

  const action = pageIn(page).locator("#action-3");
  await expect(action).toContainText(NEW_TEXT);
  await expect(action).toBeInViewport();
  await expectSiteChrome(page, SITE_TITLE);
  expect(changedContent(), "nothing is saved while the pane shows the change").toBe("");
  const shown = await pageIn(page)
    .locator("html")
    .evaluate((html) => html.outerHTML);

  await publish(page);
  const built = productionPage(PRIORITY_PAGE);
  expect(built).toContain(NEW_TEXT);
  expect(shown).toBe(await partOf(page, built, "html"));
  expect(changedContent().trim()).toBe(`M ${PRIORITY}`);
});

test("drafting notes show in the pane as the local preview shows them, and can be hidden", async ({
  page,
}) => {
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives");
  await firstPageShown(page);
  const notes = pageIn(page).locator('[aria-label="Drafting notes"]');
  // As many as `npm run dev` shows on the page.
  const local = await (await page.request.get(PRIORITY_PAGE)).text();
  const inLocal = local.split('aria-label="Drafting notes"').length - 1;
  expect(inLocal).toBeGreaterThan(0);
  await expect(notes).toHaveCount(inLocal);
  await asResidentsSee(page);
  await expect(notes).toHaveCount(0);
});

test("a value the check would refuse shows the check's own message in the pane", async ({
  page,
}) => {
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives");
  await firstPageShown(page);
  const item = await openItem(page, "3. Review our local safeguarding");
  await item.getByLabel("Text", { exact: true }).fill("");
  const problems = paneOf(page).locator(".council-preview__problems");
  await expect(problems).toContainText("This change cannot be published yet: 1 problem");
  await expect(problems).toContainText("Actions → item 3 → Text, line");
  await expect(problems).toContainText("This field is required.");
  await expect(problems).toContainText("How to fix it");
  // The rest of the page is still there, as it was before the change.
  await expect(pageIn(page).locator("h1")).toBeVisible();
  await expect(pageIn(page).locator("#action-3")).toContainText("Review our local safeguarding");

  // Put right, the problem goes. (The item's summary line, which found it, is empty now: the
  // text box still has the focus.)
  await page.locator(":focus").fill(NEW_TEXT);
  await expect(problems).toHaveCount(0);
  await expect(pageIn(page).locator("#action-3")).toContainText(NEW_TEXT);
  expect(changedContent()).toBe("");
});

test("a body the MDX compiler cannot read shows its message at its line", async ({ page }) => {
  await openEntry(page, "corporate-plan-2018-21-pages", "how-we-work");
  await firstPageShown(page);
  // The body is a text box of Decap's own, not a form field with a label.
  const body = page.locator('[aria-label="markdown field"]').getByRole("textbox");
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("<Callout>Never closed");
  const problems = paneOf(page).locator(".council-preview__problems");
  await expect(problems).toContainText("The MDX body cannot be read");
  await expect(problems).toContainText(
    "of content/plans/corporate-plan-2018-21/pages/how-we-work.mdx",
  );
  expect(changedContent()).toBe("");
});

test("the pane's links and View Live open the entry's page on the site", async ({
  page,
  context,
}) => {
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives");
  // Decap's own button, on an entry with nothing unsaved.
  await expect(page.getByRole("link", { name: "View Live" })).toHaveAttribute(
    "href",
    PRIORITY_PAGE,
  );
  const item = await openItem(page, "3. Review our local safeguarding");
  await item.getByLabel("Text", { exact: true }).fill(NEW_TEXT);
  const bar = paneOf(page).locator(".council-preview__bar");
  // Typed at once, perhaps before the pane's first page: the action is still the one edited.
  await expect(bar.getByRole("link", { name: "Open the page of action CP18-2.3" })).toHaveAttribute(
    "href",
    /\/plans\/corporate-plan-2018-21\/safe-healthy-lives\/actions\/3$/,
    { timeout: 30_000 },
  );
  const opened = context.waitForEvent("page");
  await bar.getByRole("link", { name: "Open this page on the site" }).click();
  expect(new URL((await opened).url()).pathname).toBe(PRIORITY_PAGE);
  // A link inside the page opens its page on the site, never inside the pane.
  const fromPage = context.waitForEvent("page");
  await pageIn(page)
    .locator("#action-3")
    .getByRole("link", { name: "Children and young people" })
    .click();
  expect(new URL((await fromPage).url()).pathname).toBe("/themes/children-and-young-people");
});

/** One entry of every kind, and the page residents read it on. */
const ENTRIES: [kind: string, collection: string, entry: string, address: string][] = [
  ["site", "site", "site", "/"],
  ["plan", "plans", "corporate-plan-2018-21", "/plans/corporate-plan-2018-21"],
  [
    "plan theme",
    "corporate-plan-2018-21-themes",
    "thriving-people",
    "/plans/corporate-plan-2018-21",
  ],
  [
    "priority",
    "strategic-plan-2022-25-priorities",
    "01-climate-emergency",
    "/plans/strategic-plan-2022-25/climate-emergency",
  ],
  [
    "chapter",
    "corporate-plan-2018-21-pages",
    "how-we-work",
    "/plans/corporate-plan-2018-21/how-we-work",
  ],
  [
    "figure",
    "corporate-plan-2018-21-figures",
    "funding-sources",
    "/plans/corporate-plan-2018-21/about-oxfordshire",
  ],
  ["lead service", "services", "public-health", "/services/public-health"],
  ["cross-plan theme", "themes", "transport-and-travel", "/themes/transport-and-travel"],
  ["site page", "pages", "accessibility", "/accessibility"],
  // Statuses have no page: the first plan's progress page counts items by status.
  ["status", "statuses", "on-track", "/plans/strategic-plan-2022-25/progress"],
];

for (const [kind, collection, entry, address] of ENTRIES) {
  test(`a ${kind} shows its page in the pane`, async ({ page }) => {
    await openEntry(page, collection, entry);
    const link = paneOf(page).getByRole("link", { name: "Open this page on the site" });
    await expect(link).toHaveAttribute(
      "href",
      new RegExp(`^http://[^/]+${address === "/" ? "/" : address}$`),
    );
    await firstPageShown(page);
    await expect(paneOf(page).locator(".council-preview__problems")).toHaveCount(0);
  });
}
