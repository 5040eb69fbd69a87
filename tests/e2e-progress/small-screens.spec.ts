import { expect, test, type Locator, type Page } from "@playwright/test";
import { itemsOfPlan, rollUp } from "../../lib/content/progress";
import { edgeLightness, strandedSeparators } from "../e2e/boxes";
import { contrastRatio as contrast } from "../contrast";
import { fixtureGraph } from "./fixture";

const PROGRESS = "/plans/test-plan/progress";
const NOT_REPORTED = "Not yet reported";

/** Each roll-up table's rows as the content says they should read: the group, then its counts. */
async function expectedTables() {
  const graph = await fixtureGraph();
  const plan = graph.plans.find((p) => p.id === "test-plan")!;
  const names = ["Items", ...graph.statuses.map((status) => status.name), NOT_REPORTED];
  const counts = (items: Parameters<typeof rollUp>[0]) => {
    const summary = rollUp(items, graph.statuses);
    return [summary.total, ...summary.byStatus.map(({ count }) => count), summary.notReported];
  };
  const byPriority = plan.priorities.map((priority) => ({
    group: `${priority.reference}: ${priority.shortTitle ?? priority.title}`,
    counts: counts([...priority.objectives, ...priority.actions]),
  }));
  return { graph, plan, names, byPriority, whole: counts(itemsOfPlan(plan)) };
}

const table = (page: Page, name: string) => page.getByRole("table", { name });

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
/** An element's box on the page, or null when it is not rendered. */
const boxOf = (locator: Locator): Promise<Box | null> =>
  locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    return {
      left: rect.left,
      right: rect.right,
      top: rect.top + window.scrollY,
      bottom: rect.bottom + window.scrollY,
    };
  });

test("the fixture plan has an item at every status, and one with no report", async () => {
  const { names, whole } = await expectedTables();
  expect(names.length).toBeGreaterThan(3);
  whole.slice(1).forEach((count, i) => expect(count, names[i + 1]).toBeGreaterThan(0));
});

test("at 320 px every count of every roll-up is on screen, beside the words it counts", async ({
  page,
}) => {
  const { names, byPriority } = await expectedTables();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(PROGRESS);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  for (const name of [
    "Progress by priority",
    "Progress by theme of the plan",
    "Progress by theme across the plans",
  ]) {
    const rows = table(page, name).locator("tbody tr");
    expect(await rows.count(), name).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      const cells = await row.getByRole("cell").all();
      expect(cells).toHaveLength(names.length);
      const group = (await boxOf(row.getByRole("rowheader")))!;
      let previous = group;
      for (const [i, cell] of cells.entries()) {
        const label = cell.locator(".rollup-table__label");
        const count = cell.locator(".rollup-table__count");
        await expect(label).toHaveText(names[i]!);
        const [words, number] = [(await boxOf(label))!, (await boxOf(count))!];
        const where = `${name}, ${await row.getByRole("rowheader").innerText()}, ${names[i]}`;
        // Both on screen without scrolling sideways, on one line, the number after the words...
        for (const box of [words, number]) {
          expect(box, where).not.toBeNull();
          expect(box.left, where).toBeGreaterThanOrEqual(0);
          expect(box.right, where).toBeLessThanOrEqual(320);
        }
        expect(number.left, where).toBeGreaterThan(words.right);
        expect(
          Math.abs((number.top + number.bottom) / 2 - (words.top + words.bottom) / 2),
        ).toBeLessThan((words.bottom - words.top) / 2);
        // ...and each below the one before: a list under the group's name.
        expect(words.top, where).toBeGreaterThanOrEqual(previous.bottom - 1);
        previous = words;
      }
    }
  }
  // The counts are the content's.
  const priorityRows = table(page, "Progress by priority").locator("tbody tr");
  for (const [i, expected] of byPriority.entries()) {
    await expect(priorityRows.nth(i).getByRole("rowheader")).toHaveText(expected.group);
    await expect(priorityRows.nth(i).locator(".rollup-table__count")).toHaveText(
      expected.counts.map(String),
    );
  }
});

test("at 1280 px a roll-up is a table: a row a group, each count under its column's heading", async ({
  page,
}) => {
  const { names, byPriority } = await expectedTables();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PROGRESS);
  const byPriorityTable = table(page, "Progress by priority");
  expect(await byPriorityTable.evaluate((element) => getComputedStyle(element).display)).toBe(
    "table",
  );
  const headings = byPriorityTable.getByRole("columnheader");
  await expect(headings).toHaveText(["Priority", ...names]);
  const columns = await Promise.all((await headings.all()).map((heading) => boxOf(heading)));
  const rows = byPriorityTable.locator("tbody tr");
  await expect(rows).toHaveCount(byPriority.length);
  for (const [i, expected] of byPriority.entries()) {
    const row = rows.nth(i);
    const cells = [row.getByRole("rowheader"), ...(await row.getByRole("cell").all())];
    const boxes = await Promise.all(cells.map((cell) => boxOf(cell)));
    boxes.forEach((box, j) => {
      // Side by side on one row, each within its heading's column.
      expect(box!.top).toBeCloseTo(boxes[0]!.top, 0);
      expect(box!.left).toBeGreaterThanOrEqual(columns[j]!.left - 0.5);
      expect(box!.right).toBeLessThanOrEqual(columns[j]!.right + 0.5);
    });
    // The words repeated for narrow screens are not shown beside the numbers.
    for (const label of await row.locator(".rollup-table__label").all())
      await expect(label).toBeHidden();
    await expect(row.getByRole("cell")).toHaveText(expected.counts.map(String), {
      useInnerText: true,
    });
  }
});

/** How a fill looks where it is drawn: its base colour, its marks and its edge, computed. */
interface Drawn {
  tone: string;
  base: string;
  marks: string;
  edge: string;
}

for (const width of [320, 1280]) {
  test(`at ${width} px each status looks the same in its tag, its bar and the chart's key, not by colour alone`, async ({
    page,
  }) => {
    const { names, whole } = await expectedTables();
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PROGRESS);
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    const chart = page.locator("figure", { hasText: "Status of the actions and objectives" });
    const statusNames = names.slice(1);

    // The chart: one bar a status, in order, each with its key, its name and its count.
    const bars = chart.locator("svg rect.figure-chart__bar");
    await expect(bars).toHaveCount(statusNames.length);
    const drawn: Drawn[] = [];
    for (const [i, name] of statusNames.entries()) {
      const bar = bars.nth(i);
      const group = chart.locator("svg > g").nth(i);
      await expect(group.locator("text").first()).toHaveText(name);
      await expect(group.locator(".figure-chart__value")).toHaveText(String(whole[i + 1]));
      const fill = await bar.getAttribute("fill");
      expect(fill, name).toMatch(/^url\(#.+\)$/);
      await expect(group.locator(".figure-chart__key")).toHaveAttribute("fill", fill!);
      const look = await page.evaluate(
        (id) => {
          const pattern = document.getElementById(id)!;
          const style = (selector: string) => {
            const element = pattern.querySelector(selector);
            return element ? getComputedStyle(element) : null;
          };
          return {
            tone: pattern.getAttribute("class") ?? "",
            base: style(".pattern__base")!.fill,
            marks: pattern.querySelector(".pattern__marks")?.getAttribute("d") ?? "none",
          };
        },
        fill!.slice(5, -1),
      );
      const edge = await bar.evaluate((element) => getComputedStyle(element).stroke);
      drawn.push({ ...look, edge });
      // The bar stands out from the page (3:1), and a count of 1 is still a bar you can see.
      expect(contrast(edge, background), `${name}'s edge`).toBeGreaterThanOrEqual(3);
      if (name !== NOT_REPORTED) {
        expect(contrast(look.base, background), `${name}'s fill`).toBeGreaterThanOrEqual(3);
      }
      const box = (await bar.boundingBox())!;
      expect(box.width, name).toBeGreaterThanOrEqual(2);
      expect(box.height, name).toBeGreaterThanOrEqual(16);
    }
    // Not by colour alone: every status has a pattern no other has.
    const shapes = drawn.map((look) => (look.marks === "none" ? look.tone : look.marks));
    expect(new Set(shapes).size).toBe(statusNames.length);

    // The tags (in the list of items due) carry the same colour and pattern as the bars.
    const due = page.locator("section", {
      has: page.getByRole("heading", { name: "Not reported this period" }),
    });
    for (const [i, name] of statusNames.entries()) {
      const tag = due.locator(".tag", { hasText: new RegExp(`^${name}`) }).first();
      await expect(tag, name).toBeVisible();
      const swatch = await tag.locator("svg.swatch").evaluate((svg) => ({
        tone: [...svg.classList].find((c) => c.startsWith("tone--")) ?? "",
        base: getComputedStyle(svg).backgroundColor,
        edge: getComputedStyle(svg).outlineColor,
        tagBackground: getComputedStyle(svg.parentElement!).backgroundColor,
      }));
      expect(swatch.tone, name).toBe(drawn[i]!.tone);
      expect(swatch.base, name).toBe(drawn[i]!.base);
      expect(swatch.edge, name).toBe(drawn[i]!.edge);
      expect(
        contrast(swatch.edge, swatch.tagBackground),
        `${name}'s swatch`,
      ).toBeGreaterThanOrEqual(3);
      // The roll-up table keys its counts with the same swatch: in the column headings of the
      // table, or beside each count where the table reads as a list.
      const rollup = page.getByRole("table", { name: "Progress by priority" });
      const key =
        width === 1280
          ? rollup.getByRole("columnheader", { name })
          : rollup
              .locator("tbody tr")
              .first()
              .getByRole("cell")
              .nth(i + 1);
      await expect(key.locator("svg.swatch")).toBeVisible();
      await expect(key.locator("svg.swatch")).toHaveClass(new RegExp(`\\b${drawn[i]!.tone}\\b`));
    }
  });
}

test("breadcrumbs keep each separator with its link at 320 and 1280 px", async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [PROGRESS, "/plans/test-plan/second-priority/objectives/1"]) {
      await page.goto(path);
      expect(await strandedSeparators(page), `${path} at ${width} px`).toEqual([]);
    }
    // The objective's trail (its priority's title is long) wraps on a phone: the case that matters.
    const lines = await page
      .locator("nav.breadcrumbs a")
      .evaluateAll((links) => new Set(links.map((link) => link.getBoundingClientRect().top)).size);
    expect(lines).toBeGreaterThan(width === 320 ? 1 : 0);
  }
});

test("a council's table in a body scrolls in its own box, with a shadow on the side there is more", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/plans/test-plan/how-we-work");
  const region = page.getByRole("region", { name: /^Table: Council, Population/ });
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(50);
  await region.scrollIntoViewIfNeeded();
  let shade = await edgeLightness(page, region);
  expect(shade.right, "a shadow on the right: more to see").toBeLessThan(0.9);
  expect(shade.left, "no shadow on the left: nothing there").toBeGreaterThan(0.97);
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  shade = await edgeLightness(page, region);
  expect(shade.left, "scrolled to the end, the shadow is on the left").toBeLessThan(0.9);
  expect(shade.right).toBeGreaterThan(0.97);

  // Where the table fits, there is nothing to scroll and no shadow.
  await page.setViewportSize({ width: 1280, height: 800 });
  expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  shade = await edgeLightness(page, region);
  expect(Math.min(shade.left, shade.right)).toBeGreaterThan(0.97);
});

test("in forced colours (Windows high contrast) the bars keep their patterns, in the user's colours", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto(PROGRESS);
  const chart = page.locator("figure", { hasText: "Status of the actions and objectives" });
  const drawn = await chart.locator("svg rect.figure-chart__bar").evaluateAll((bars) =>
    bars.map((bar) => {
      const pattern = document.getElementById(bar.getAttribute("fill")!.slice(5, -1))!;
      const base = pattern.querySelector(".pattern__base")!;
      const marks = pattern.querySelector(".pattern__marks");
      const text = getComputedStyle(document.body).color;
      const canvas = getComputedStyle(document.documentElement).backgroundColor;
      return {
        hollow: pattern.classList.contains("tone--none"),
        base:
          getComputedStyle(base).fill ===
          (pattern.classList.contains("tone--none") ? canvas : text),
        marks: marks
          ? getComputedStyle(marks)[
              marks.getAttribute("class")!.includes("fill") ? "fill" : "stroke"
            ] === canvas
          : true,
        edge: getComputedStyle(bar).stroke === text,
      };
    }),
  );
  expect(drawn.length).toBeGreaterThan(0);
  for (const [i, look] of drawn.entries()) {
    expect(look, `bar ${i + 1}`).toMatchObject({ base: true, marks: true, edge: true });
  }
  // The tags' swatches too: filled with the text colour (or empty, for no report), edged with it.
  const swatches = await page.locator("main .tag svg.swatch").evaluateAll((svgs) =>
    svgs.map((svg) => {
      const text = getComputedStyle(document.body).color;
      const canvas = getComputedStyle(document.documentElement).backgroundColor;
      const style = getComputedStyle(svg);
      const fill = svg.classList.contains("tone--none") ? canvas : text;
      return style.backgroundColor === fill && style.outlineColor === text;
    }),
  );
  expect(swatches.length).toBeGreaterThan(0);
  expect(swatches.every(Boolean)).toBe(true);
});
