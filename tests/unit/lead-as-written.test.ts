import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { issuesOf, loadWith } from "./fixture-tree";

const PRIORITY = "plans/test-plan/priorities/01-first-priority.mdx";
const PUBLIC_HEALTH = "services/public-health.mdx";
const publicHealth = "---\nid: public-health\nname: Public Health\n---\n";

const fixture = () =>
  readFile(path.resolve(import.meta.dirname, "../fixtures/minimal/content", PRIORITY), "utf8");

/** The first action (led by the Fire and Rescue Service) with its lead lines replaced. */
async function withLead(lines: string): Promise<Record<string, string>> {
  const text = (await fixture()).replace("    lead: fire-and-rescue-service\n", lines);
  return { [PRIORITY]: text, [PUBLIC_HEALTH]: publicHealth };
}

async function accepted(lines: string) {
  const result = await loadWith(await withLead(lines));
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.graph.plans[0]!.priorities[0]!.actions[0]!;
}

async function refused(lines: string) {
  return (await issuesOf(loadWith(await withLead(lines)))).map(formatIssue).join("\n\n");
}

describe("the lead as the plan writes it is a name the lead is known by", () => {
  it.each([
    [
      "its name",
      '    lead: fire-and-rescue-service\n    leadAsWritten: "Fire and Rescue Service"\n',
    ],
    [
      "one of its other names",
      '    lead: fire-and-rescue-service\n    leadAsWritten: "Fire & Rescue Service"\n',
    ],
    [
      "a name queried, with the lead tentative",
      '    lead: fire-and-rescue-service\n    leadAsWritten: "Fire & Rescue Service?"\n    leadCertainty: tentative\n',
    ],
    [
      "a joint lead, a name of each joined by '/'",
      '    lead: [public-health, fire-and-rescue-service]\n    leadAsWritten: "Fire & Rescue Service/ Public Health"\n',
    ],
    ["'?' where the plan names no lead", '    leadAsWritten: "?"\n'],
    ["'??' where the plan names no lead", '    leadAsWritten: "??"\n'],
  ])("accepts %s", async (_, lines) => {
    const action = await accepted(lines);
    expect(action.leadAsWritten).toBeDefined();
  });

  it("refuses the plan's wording of the old lead after the lead changed (the page would say something false)", async () => {
    expect(await refused('    lead: public-health\n    leadAsWritten: "Fire & Rescue Service"\n'))
      .toMatchInlineSnapshot(`
        "content/plans/test-plan/priorities/01-first-priority.mdx:13:5 — actions → item 1 → leadAsWritten
          'Fire & Rescue Service' is not a name of the lead, Public Health: the page would say the plan writes 'Fire & Rescue Service' for Public Health.
          expected: a name the lead is known by: 'Public Health'
          found:    Fire & Rescue Service
          fix:      If the lead changed, empty Lead as the plan writes it (remove leadAsWritten): it was the plan's wording for the old lead. If the plan does write the lead this way, add the wording to the service's Other names (aliases)."
      `);
  });

  it("refuses a joint lead's wording that leaves one of the leads out", async () => {
    expect(
      await refused(
        '    lead: [public-health, fire-and-rescue-service]\n    leadAsWritten: "Fire & Rescue Service"\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:13:5 — actions → item 1 → leadAsWritten
        'Fire & Rescue Service' is not a name of the lead, Public Health and Fire and Rescue Service: the page would say the plan writes 'Fire & Rescue Service' for Public Health and Fire and Rescue Service.
        expected: a name the lead is known by: 'Public Health', 'Fire and Rescue Service' or 'Fire & Rescue Service', one for each, joined by '/'
        found:    Fire & Rescue Service
        fix:      If the lead changed, empty Lead as the plan writes it (remove leadAsWritten): it was the plan's wording for the old lead. If the plan does write the lead this way, add the wording to the service's Other names (aliases)."
    `);
  });

  it("refuses '?' (the plan names no lead) beside a lead", async () => {
    expect(await refused('    lead: public-health\n    leadAsWritten: "?"\n'))
      .toMatchInlineSnapshot(`
        "content/plans/test-plan/priorities/01-first-priority.mdx:13:5 — actions → item 1 → leadAsWritten
          The lead as the plan writes it says the plan names no lead ('?'), but the lead is Public Health: the page would show both.
          expected: no leadAsWritten, or a name of the lead: 'Public Health'
          found:    ?
          fix:      If the lead is now known, empty Lead as the plan writes it (remove leadAsWritten). If the plan still names no lead, remove the lead."
      `);
  });

  it("refuses a lead's name with no lead chosen", async () => {
    expect(await refused('    leadAsWritten: "Public Health"\n')).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:12:5 — actions → item 1 → leadAsWritten
        The lead as the plan writes it is 'Public Health', but no lead service is chosen.
        expected: a lead service
        found:    no lead
        fix:      Choose the service the plan means as the lead, or write '?' if the plan names no lead."
    `);
  });

  it("refuses a queried lead ('Name?') that is not marked tentative", async () => {
    expect(
      await refused(
        '    lead: fire-and-rescue-service\n    leadAsWritten: "Fire & Rescue Service?"\n',
      ),
    ).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:9:5 — actions → item 1
        The plan queries this lead ('Fire & Rescue Service?'), but How sure the lead is (leadCertainty) says nothing, which means confirmed.
        expected: leadCertainty: tentative
        found:    no leadCertainty
        fix:      Set How sure the lead is to tentative (leadCertainty: tentative), so residents are told the lead is not yet confirmed."
    `);
  });

  it("holds for the council's real content", async () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const { loadSite } = await import("@/lib/site/load-site");
    const result = await loadSite({ root, includeDrafts: true, purpose: "check" });
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});
