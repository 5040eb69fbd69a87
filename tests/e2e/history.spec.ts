import { expect, test, type APIRequestContext } from "@playwright/test";
import { parseFeed } from "@rowanmanning/feed-parser";
import { readContentHistory, type ItemHistory } from "../../lib/content/history";
import {
  historyKey,
  historySubjects,
  subjectPath,
  subjectPlan,
  type HistorySubject,
} from "../../lib/site/item-history";
import { axeViolations } from "./axe";
import { contentGraph } from "./content";
import { sitemapPaths } from "./sitemap";

// The real build's history: CI and `npm test` run on a full clone (a shallow one says history is
// not available, which tests/unit/item-history.test.ts checks).
const history = readContentHistory(process.cwd());

function historyOf(subject: HistorySubject): ItemHistory {
  if (!history.available) throw new Error(`this copy has no history: ${history.reason}`);
  const item = history.items.get(historyKey(subject));
  if (!item) throw new Error(`${historyKey(subject)} is not in the history`);
  return item;
}

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.text();
}

test("every item and chapter has a history page, and its page links it (and its feed)", async ({
  request,
}) => {
  const subjects = historySubjects(await contentGraph());
  const listed = (await sitemapPaths(request)).filter((path) => path.endsWith("/history"));
  expect(listed.sort()).toEqual(subjects.map((s) => `${subjectPath(s)}/history`).sort());
  for (const subject of subjects) {
    const page = await html(request, subjectPath(subject));
    expect(page, subjectPath(subject)).toContain(`href="${subjectPath(subject)}/history"`);
    if (subject.kind !== "chapter") {
      // The link names the feed as the feed names itself, a draft's "(draft)" and all.
      const feed = `${subjectPath(subject)}/updates.xml`;
      const { title } = parseFeed(await html(request, feed));
      const draft = subjectPlan(subject).status === "draft" ? " (draft)" : "";
      expect(title, feed).toBe(`${historyKey(subject)}${draft}: changes and progress`);
      expect(page, subjectPath(subject)).toContain(
        `<link rel="alternate" type="application/atom+xml" title="${title}" href="${feed}"/>`,
      );
    }
  }
});

test("every history page is plain HTML listing each of its item's versions", async ({
  request,
}) => {
  const graph = await contentGraph();
  const titles = new Set<string>();
  for (const subject of historySubjects(graph)) {
    const path = `${subjectPath(subject)}/history`;
    const page = await html(request, path);
    expect(page, path).not.toMatch(/<script/);
    expect(page.match(/<h1[\s>]/g), path).toHaveLength(1);
    expect(page, path).toContain(`<link rel="canonical" href="${graph.site.siteUrl}${path}"/>`);
    expect(page.match(/<li class="version" id="version-\d+">/g), path).toHaveLength(
      historyOf(subject).versions.length,
    );
    expect(page.includes('class="phase-banner"'), path).toBe(
      subjectPlan(subject).status === "draft",
    );
    expect(page, path).not.toMatch(/info needed|to be developed|Drafting note/i);
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
    levels.reduce((previous, level) => {
      expect(level - previous, `${path}: heading levels ${levels.join(",")}`).toBeLessThanOrEqual(
        1,
      );
      return level;
    }, 1);
    const title = /<title>([^<]*)<\/title>/.exec(page)?.[1] ?? "";
    expect(titles.has(title), `${path}: duplicate title ${title}`).toBe(false);
    titles.add(title);
  }
});

/** The item with the most versions: a day between its first two shows its first wording. */
async function mostChanged() {
  const subjects = historySubjects(await contentGraph()).filter((s) => s.kind !== "chapter");
  const [subject] = subjects.sort(
    (a, b) => historyOf(b).versions.length - historyOf(a).versions.length,
  );
  const versions = historyOf(subject!).versions;
  expect(versions.length, "the content has an item that changed").toBeGreaterThanOrEqual(2);
  return { subject: subject!, versions };
}

test("a dated citation shows the item as it stood that day, under a banner, canonical to today's page", async ({
  page,
}) => {
  const { subject, versions } = await mostChanged();
  const reference = historyKey(subject);
  const day = versions[0]!.day;
  const response = await page.goto(`/ref/${reference}/${day}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator(".dated-banner")).toContainText(
    `You are reading ${reference} as it stood on`,
  );
  await expect(page.locator(".dated-banner")).toContainText("It has changed since");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`${subjectPath(subject)}$`),
  );
  await expect(page.locator("script")).toHaveCount(0);
  await page.getByRole("link", { name: `${reference} as it is today` }).click();
  await expect(page).toHaveURL(new RegExp(`${subjectPath(subject)}$`));
  for (const path of [
    `/ref/${reference}/${versions.at(-1)!.day}`,
    `/ref/${reference}/2999-01-01`,
  ]) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(path);
    expect(await axeViolations(page), `${path} at 1280 px`).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await axeViolations(page), `${path} at 320 px`).toEqual([]);
  }
});

test("a day to come, an impossible day or one before the item existed answers our 404 with the dates that exist", async ({
  request,
}) => {
  const { subject, versions } = await mostChanged();
  const reference = historyKey(subject);
  for (const day of ["2999-01-01", "2026-02-30", "not-a-day", "1999-12-31"]) {
    const response = await request.get(`/ref/${reference}/${day}`, { maxRedirects: 0 });
    expect(response.status(), day).toBe(404);
    expect(response.headers()["cache-control"], day).toBe("public, max-age=60");
    const page = await response.text();
    expect(page, day).toContain(`href="/ref/${reference}"`);
    if (day === "1999-12-31")
      expect(page).toContain(`href="/ref/${reference}/${versions[0]!.day}"`);
    // Each has a nearest day it can be cited on; words have none.
    if (day !== "not-a-day")
      expect(page, day).toMatch(new RegExp(`href="/ref/${reference}/\\d{4}-\\d{2}-\\d{2}"`));
  }
  const other = await request.get(`/ref/${reference.toLowerCase()}/${versions[0]!.day}`, {
    maxRedirects: 0,
  });
  expect(other.status()).toBe(308);
  expect(other.headers().location).toBe(`/ref/${reference}/${versions[0]!.day}`);
});

test("the feed of one item is valid Atom with its changes, and the open data has every version", async ({
  request,
}) => {
  const { subject, versions } = await mostChanged();
  const response = await request.get(`${subjectPath(subject)}/updates.xml`);
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const feed = parseFeed(await response.text());
  const changes = feed.items.filter((item) => item.url?.includes("/history#version-"));
  const statusOnly = versions.filter(
    (v) => v.event === "changed" && v.changes.every((c) => c.field === "status"),
  );
  expect(changes).toHaveLength(versions.length - statusOnly.length);
  expect(changes.every((item) => item.title?.startsWith(historyKey(subject)))).toBe(true);

  const csv = await request.get("/data/history.csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const rows = (await csv.text()).trim().split("\r\n");
  expect(rows[0]).toBe(
    '"reference","title","plan","date","commit","event","field","before","after","note","note_kind","permalink"',
  );
  const own = rows.filter((row) => row.startsWith(`"${historyKey(subject)}",`));
  expect(own).toHaveLength(versions.reduce((sum, v) => sum + Math.max(1, v.changes.length), 0));
  const json = (await (await request.get("/data/history.json")).json()) as {
    available: boolean;
    versions: unknown[];
  };
  expect(json.available).toBe(true);
  expect(json.versions).toHaveLength(rows.length - 1);
});

test("Cite this offers the dated form, and opened at 320 px it does not scroll sideways", async ({
  page,
}) => {
  const { subject, versions } = await mostChanged();
  const reference = historyKey(subject);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(subjectPath(subject));
  await page.locator("details.cite summary").click();
  const dated = `/ref/${reference}/${versions.at(-1)!.day}`;
  await expect(page.locator("details.cite dd a").last()).toHaveAttribute("href", dated);
  await expect(page.locator("details.cite")).toContainText(`${reference}, as at `);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
});
