import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { changedContent, git, openEntry, openItem, publish, root } from "./editor-page";
import { FILE_PROXY_PATH } from "../../lib/site/editor-addresses";
import { HOSTED_DIST, PORTS } from "./ports";
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
 * The hosted editor as `npm run editor:build` writes it, served as static files: no server runs the
 * preview, which is the content model in the browser on the snapshot the build wrote. The built
 * files are served as they are; only the sign-in differs: the test swaps the GitHub backend in the
 * page's configuration for a file proxy at the page's own address, which the test hands on to
 * `npm run dev`'s (that one answers only its own pages, as it must), writing this working tree.
 */

const HOSTED = `http://127.0.0.1:${PORTS.hosted}`;
const PROXY = `${HOSTED}/file-proxy`;
const APP = `http://localhost:${PORTS.app}`;
const SITE = "https://strategy.oxfordshire.gov.uk";
const PRIORITY_PAGE = "/plans/corporate-plan-2018-21/safe-healthy-lives";
const NEW_TEXT =
  "Review our local safeguarding arrangements under the Children and Social Work Act 2017";

/**
 * The built page with the local backend in place of GitHub's sign-in, as a page of its own beside
 * index.html, so the browser loads it from the static server like the rest (a page answered by the
 * test itself would be a public page to Chromium, which then refuses its requests to loopback).
 */
const LOCAL_PAGE = "local-backend.html";

async function withLocalBackend(page: Page) {
  const html = await readFile(path.join(root, HOSTED_DIST, "index.html"), "utf8");
  const swapped = html.replace(
    /(<script type="application\/json" id="editor-config">)([^<]*)(<\/script>)/,
    (_, open: string, json: string, close: string) => {
      const payload = JSON.parse(json);
      expect(payload.config.backend.name).toBe("github");
      payload.config.backend = { name: "proxy", proxy_url: PROXY, branch: "main" };
      delete payload.config.publish_mode;
      return `${open}${JSON.stringify(payload).replace(/</g, "\\u003c")}${close}`;
    },
  );
  await writeFile(path.join(root, HOSTED_DIST, LOCAL_PAGE), swapped);
  await page.context().route(PROXY, async (route) => {
    const response = await route.fetch({
      url: `${APP}${FILE_PROXY_PATH}`,
      headers: { "content-type": "application/json", origin: APP },
    });
    await route.fulfill({ response });
  });
  // The site itself is not on this machine: its pages answer from here.
  await page
    .context()
    .route(`${SITE}/**`, (route) =>
      route.fulfill({ contentType: "text/plain", body: "the residents' site" }),
    );
  return `${HOSTED}/${LOCAL_PAGE}`;
}

test.beforeAll(() => {
  expect(changedContent(), "the editor tests need content/ as committed").toBe("");
});

test.afterEach(() => {
  git("checkout", "--", "content");
});

test("the hosted editor's files are named by their content and cached for good", async ({
  request,
}) => {
  const html = await (await request.get(`${HOSTED}/`)).text();
  const script = /<script type="module" src="(editor-[A-Z0-9]{8}\.js)">/.exec(html)?.[1];
  const snapshot = /"snapshot":"(snapshot-[0-9a-f]{12}\.json)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  expect(snapshot).toBeDefined();
  for (const file of [script, snapshot]) {
    const response = await request.get(`${HOSTED}/${file}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("immutable");
  }
  const content = await (await request.get(`${HOSTED}/${snapshot}`)).json();
  expect(content.facts.assets["site.css"]).toMatch(/^site-[0-9a-f]{12}\.css$/);
  expect((await request.get(`${HOSTED}/${content.facts.assets["site.css"]}`)).status()).toBe(200);
});

test("an action's new text shows in the pane from the snapshot; saved, the build makes that page", async ({
  page,
}) => {
  const admin = await withLocalBackend(page);
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives", admin);
  await firstPageShown(page);
  await asResidentsSee(page);
  const item = await openItem(page, "3. Review our local safeguarding");
  await item.getByLabel("Text", { exact: true }).fill(NEW_TEXT);
  await expect(pageIn(page).locator("#action-3")).toContainText(NEW_TEXT);
  await expectSiteChrome(page, "Oxfordshire County Council strategy");
  expect(changedContent()).toBe("");
  const shown = await pageIn(page)
    .locator("main")
    .evaluate((main) => main.outerHTML);

  await publish(page, PROXY);
  // The stylesheet's address is the editor's own copy; everything residents read is the same.
  expect(shown).toBe(await partOf(page, productionPage(PRIORITY_PAGE), "main"));
});

test("a refused value shows the check's message, and links go to the site", async ({
  page,
  context,
}) => {
  const admin = await withLocalBackend(page);
  await openEntry(page, "corporate-plan-2018-21-priorities", "02-safe-healthy-lives", admin);
  await firstPageShown(page);
  await expect(page.getByRole("link", { name: "View Live" })).toHaveAttribute(
    "href",
    `${SITE}${PRIORITY_PAGE}`,
  );
  const item = await openItem(page, "3. Review our local safeguarding");
  await item.getByLabel("Number", { exact: true }).fill("1");
  const problems = paneOf(page).locator(".council-preview__problems");
  await expect(problems).toContainText("This change cannot be published yet");
  await expect(problems).toContainText("CP18-2.1");
  // The item's summary line, which found it, starts "1." now: the box still has the focus.
  await page.locator(":focus").fill("3");
  await expect(problems).toHaveCount(0);

  const bar = paneOf(page).locator(".council-preview__bar");
  const opened = context.waitForEvent("page");
  await bar.getByRole("link", { name: "Open this page on the site" }).click();
  expect((await opened).url()).toBe(`${SITE}${PRIORITY_PAGE}`);
  expect(changedContent()).toBe("");
});
