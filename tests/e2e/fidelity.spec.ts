import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { readFrontmatter } from "../../lib/content/source-file";
import { normalise } from "../fidelity/normalise";
import { parseDeliveryPlan, parseStrategicPlan } from "../fidelity/parse-sources";
import { contentGraph } from "./content";

/**
 * Everything the council wrote in its tables is on the right rendered page: every 2022-25 priority
 * with its commitment and objectives, and every 2018-21 delivery-plan action with its text and lead.
 */

/** Every spelling of each service's name, from content/services/, keyed by the displayed name. */
function serviceSpellings(): Map<string, string[]> {
  const folder = path.resolve(import.meta.dirname, "../../content/services");
  const spellings = new Map<string, string[]>();
  for (const file of readdirSync(folder)) {
    const front = readFrontmatter(readFileSync(path.join(folder, file), "utf8"))!.data as {
      name: string;
      aliases?: string[];
    };
    spellings.set(front.name, [front.name, ...(front.aliases ?? [])].map(normalise));
  }
  return spellings;
}

async function priorityPage(page: Page, plan: string, reference: string) {
  await page.goto(`/plans/${plan}`);
  const link = page
    .locator("li", { has: page.getByText(reference, { exact: true }) })
    .getByRole("link");
  await link.click();
}

test("every 2022-25 priority, commitment and objective is on its priority page", async ({
  page,
}) => {
  const source = parseStrategicPlan();
  // As many priorities and objectives as the site has: the parser missed none, nor did the site.
  const plan = (await contentGraph()).plans.find((p) => p.id === "strategic-plan-2022-25")!;
  expect(source).toHaveLength(plan.priorities.length);
  expect(source.flatMap((priority) => priority.objectives)).toHaveLength(
    plan.priorities.flatMap((priority) => priority.objectives).length,
  );
  for (const [index, priority] of source.entries()) {
    await test.step(priority.title, async () => {
      await priorityPage(page, "strategic-plan-2022-25", `SP22-${index + 1}`);
      expect(normalise(await page.locator("h1").innerText())).toBe(normalise(priority.title));
      expect(normalise(await page.locator(".commitment").innerText())).toBe(
        normalise(priority.commitment),
      );
      const rendered = page.locator(".objective-list > li");
      await expect(rendered).toHaveCount(priority.objectives.length);
      for (const [position, objective] of priority.objectives.entries()) {
        const item = page.locator(`#objective-${position + 1}`);
        await expect(item).toContainText(`SP22-${index + 1}.${position + 1}`);
        expect(normalise(await item.innerText())).toContain(normalise(objective));
      }
    });
  }
});

test("every 2018-21 delivery-plan action is on its priority page with its text and lead", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const actions = parseDeliveryPlan();
  const plan = (await contentGraph()).plans.find((p) => p.id === "corporate-plan-2018-21")!;
  expect(actions).toHaveLength(plan.priorities.flatMap((priority) => priority.actions).length);
  const spellings = serviceSpellings();
  for (const priority of [1, 2, 3, 4, 5, 6]) {
    await test.step(`CP18-${priority}`, async () => {
      await priorityPage(page, "corporate-plan-2018-21", `CP18-${priority}`);
      const expected = actions.filter((action) => action.priority === priority);
      await expect(page.locator("li.action")).toHaveCount(expected.length);
      for (const action of expected) {
        const item = page.locator(`#action-${action.number}`);
        await expect(item.locator(".action__number")).toContainText(
          `CP18-${priority}.${action.number}`,
        );
        const text = normalise(await item.locator(".action__text").innerText());
        expect.soft(text, `CP18-${priority}.${action.number}`).toBe(normalise(action.text));
        // What the council marked as unfinished says so beside the action, in plain words.
        if (/#[^#]*#/.test(action.text)) {
          await expect
            .soft(item.locator(".drafting-flag"), `CP18-${priority}.${action.number}`)
            .not.toHaveCount(0);
        }
        const lead = (await item.locator("dd").first().innerText()).trim();
        const sourceLead = action.lead.replace(/\?/g, "").trim();
        // A lead the plan queries ("Policy?") is shown as not confirmed, with the plan's words.
        if (sourceLead !== "" && action.lead.includes("?")) {
          expect.soft(lead, `CP18-${priority}.${action.number}`).toContain("not yet confirmed");
          expect.soft(lead, `CP18-${priority}.${action.number}`).toContain(`“${action.lead}”`);
        }
        if (sourceLead === "") {
          expect.soft(lead, `CP18-${priority}.${action.number}`).toBe("Lead not yet confirmed");
        } else {
          const renderedServices = [...spellings]
            .filter(([name]) => lead.includes(name))
            .flatMap(([, names]) => names);
          for (const part of sourceLead.split("/")) {
            expect(
              renderedServices,
              `CP18-${priority}.${action.number}: lead "${action.lead}"`,
            ).toContain(normalise(part));
          }
        }
      }
    });
  }
});

test("every section the corporate plan leaves to be developed says so on its priority page", async ({
  page,
}) => {
  // The contents page lists each section with its page number after a tab: the body's do not.
  const marks = readFileSync(
    path.resolve(import.meta.dirname, "../fixtures/sources/corporate-plan-2018-21.txt"),
    "utf8",
  )
    .split("\n")
    .filter((line) => line.includes("[to be developed") && !line.includes("\t"));
  const plan = (await contentGraph()).plans.find((p) => p.id === "corporate-plan-2018-21")!;
  expect(marks).toHaveLength(plan.priorities.length);
  for (const priority of plan.priorities) {
    await page.goto(`/plans/${plan.id}/${priority.id}`);
    await expect(page.locator('.drafting-flag[data-note-kind="to-be-developed"]')).toHaveCount(1);
  }
});

test("the 2022-25 objectives are given for 2022/23, as the plan gives them", async ({ page }) => {
  const source = readFileSync(
    path.resolve(import.meta.dirname, "../fixtures/sources/strategic-plan-2022-25.txt"),
    "utf8",
  );
  const period = /Our objectives and areas of focus for (\d{4}) ?\/(\d{2})/.exec(source)!;
  const plan = (await contentGraph()).plans.find((p) => p.id === "strategic-plan-2022-25")!;
  await page.goto(`/plans/${plan.id}/${plan.priorities[0]!.id}`);
  await expect(page.locator("h2#objectives")).toHaveText(
    `Objectives and areas of focus for ${period[1]}/${period[2]}`,
  );
});
