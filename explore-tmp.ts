import { chromium } from "@playwright/test";
import { CHROMIUM } from "./tests/chromium";
const base = "http://localhost:3871";
const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on("dialog", async (d) => { await d.accept(); });
await page.goto(`${base}/admin`);
await page.getByRole("button", { name: "Open the editor" }).click();
await page.goto(`${base}/admin#/collections/corporate-plan-2018-21-priorities/entries/02-safe-healthy-lives`);
await page.getByRole("button", { name: "Published", exact: true }).waitFor({ timeout: 60000 });
const mode = process.argv[2];
if (mode === "remove") {
  const label = page.locator(`xpath=//div[contains(@class,"NestedObjectLabel")][starts-with(normalize-space(.),"19.")]`);
  await label.locator("xpath=..").locator(":scope > div > button").nth(1).click();
} else {
  const label = page.locator(`xpath=//div[contains(@class,"NestedObjectLabel")][starts-with(normalize-space(.),"3.")]`);
  const item = label.locator("xpath=..");
  await item.locator("button").first().click();
  await item.getByLabel("Text", { exact: true }).fill("Changed text");
}
await page.getByRole("button", { name: "Publish", exact: true }).click();
await page.getByText("Publish now").click();
await page.waitForTimeout(2500);
console.log("TOASTS:", JSON.stringify(await page.locator(".Toastify__toast").allInnerTexts()));
const errs = await page.locator("ul[class*=ControlErrorsList] li, [class*=ErrorMessage]").allInnerTexts();
console.log("ERRORS:", errs.length, JSON.stringify([...new Set(errs)].slice(0, 10)));
await browser.close();
