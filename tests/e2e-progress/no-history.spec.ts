import { expect, test } from "@playwright/test";
import {
  historySubjects,
  subjectName,
  subjectPath,
  subjectReference,
} from "../../lib/site/item-history";
import { urls } from "../../lib/site/urls";
import { axeViolations } from "../e2e/axe";
import { fixtureGraph } from "./fixture";

// tests/run-all.sh builds this site from a shallow clone (tests/shallow-clone.sh), as a council's
// server deployed with `git clone --depth 1` would: these pages must say so, and date nothing.
const REASON =
  "this copy was published with the latest version only, without the record of earlier ones";

/** A date as the site writes one for readers ("1 July 2020"), or as a machine reads one. */
const A_DATE =
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

test("built from a shallow clone, every item's page and history page say its history is not here, and date nothing", async ({
  page,
}) => {
  const subjects = historySubjects(await fixtureGraph());
  expect(subjects.map((subject) => subject.kind)).toEqual(
    expect.arrayContaining(["priority", "objective", "action", "chapter"]),
  );
  for (const subject of subjects) {
    const path = subjectPath(subject);
    await test.step(path, async () => {
      await page.goto(path);
      const changed = page.locator(".item-changed");
      await expect(changed, path).toContainText(
        `The history of ${subjectReference(subject) ?? "this chapter"} is not available in this copy of the site: ${REASON}.`,
      );
      await expect(changed.locator("time"), path).toHaveCount(0);
      expect(await changed.innerText(), path).not.toMatch(A_DATE);
      await expect(changed.getByRole("link", { name: /^See every change to / })).toHaveAttribute(
        "href",
        urls.history(path),
      );

      await page.goto(urls.history(path));
      const main = page.locator("main");
      await expect(main.locator("h1"), path).toHaveText(`History of ${subjectName(subject)}`);
      await expect(main, path).toContainText(
        `The history of ${subjectName(subject)} is not available in this copy of the site: ${REASON}.`,
      );
      await expect(main.locator(".version, time"), path).toHaveCount(0);
      expect(await main.innerText(), path).not.toMatch(A_DATE);
    });
  }
});

test("built from a shallow clone, a page's last update and the list of changes are not given, and the open data says why", async ({
  page,
  request,
}) => {
  await page.goto("/plans/test-plan");
  await expect(page.locator(".last-updated")).toHaveText(
    `The date this page was last updated is not available: ${REASON}.`,
  );
  await page.goto(urls.changes());
  await expect(page.locator("main")).toContainText(
    `The list of changes is not available: ${REASON}.`,
  );
  expect(await (await request.get(urls.historyData("json"))).json()).toEqual({
    available: false,
    reason: REASON,
    versions: [],
  });
});

test("a history page without its history passes axe at 320 and 1280 px, and fits 320 px", async ({
  page,
}) => {
  const path = urls.history("/plans/test-plan/first-priority/actions/1");
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    expect(await axeViolations(page), `${path} at ${viewport.width} px`).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} at ${viewport.width} px`).toBeLessThanOrEqual(0);
  }
});
