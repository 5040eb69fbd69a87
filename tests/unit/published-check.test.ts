import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "@/lib/content/issues";
import { resolvePath } from "@/lib/site/resolve";
import { issuesOf, loadWith } from "./fixture-tree";

const PRIORITY = "plans/test-plan/priorities/01-first-priority.mdx";
const RECORD = "published-urls.txt";
/** What the minimal site has published, as npm run urls:record would have written it. */
const PUBLISHED = [
  "# Every address the site has ever published.",
  "/plans/test-plan/first-priority",
  "/plans/test-plan/first-priority/actions/1",
  "/plans/test-plan/first-priority/actions/2",
  "/plans/test-plan/second-priority",
  "/plans/test-plan/second-priority/objectives/1",
  "/plans/test-plan/second-priority/objectives/2",
  "/plans/test-plan/how-we-work",
  "/themes/health",
  "",
].join("\n");

const fixture = (name: string) =>
  readFile(path.resolve(import.meta.dirname, "../fixtures/minimal/content", name), "utf8");

/** The first priority's text with its second action's lines replaced. */
async function secondAction(replacement: string): Promise<string> {
  const text = await fixture(PRIORITY);
  const start = text.indexOf("  - number: 2\n");
  const end = text.indexOf("---\n", start);
  return `${text.slice(0, start)}${replacement}${text.slice(end)}`;
}

const published = (files: Record<string, string | null>, record = PUBLISHED) =>
  loadWith({ [RECORD]: record, ...files });

async function problems(files: Record<string, string | null>, record = PUBLISHED) {
  return (await issuesOf(published(files, record))).map(formatIssue).join("\n\n");
}

async function graphOf(files: Record<string, string | null>) {
  const result = await published(files);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join("\n"));
  return result.graph;
}

describe("a published priority, objective or action cannot be lost by accident", () => {
  it("passes while every published address still answers", async () => {
    expect((await published({})).ok).toBe(true);
  });

  it("refuses a deleted action, where it was, with the ways out", async () => {
    expect(await problems({ [PRIORITY]: await secondAction("") })).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:9:1 — actions
        Action 2 (TP20-1.2) is no longer in this priority, but its page has been published at /plans/test-plan/first-priority/actions/2: councillors may have cited it, so it must stay.
        expected: action 2, kept in this priority
        found:    no action 2
        fix:      Put action 2 back. If the council no longer pursues it, fill in Withdrawn (withdrawn) with the date and the reason: its page then says so. If it was renumbered, add 2 to the Earlier numbers (formerNumbers) of its new number."
    `);
  });

  it("refuses a renumbered objective at its new number, and accepts it with formerNumbers", async () => {
    const file = "plans/test-plan/priorities/02-second-priority.mdx";
    const renumbered = (await fixture(file)).replace("  - number: 1\n", "  - number: 7\n");
    expect(await problems({ [file]: renumbered })).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/02-second-priority.mdx:7:1 — objectives
        Objective 1 (TP20-2.1) is no longer in this priority, but its page has been published at /plans/test-plan/second-priority/objectives/1: councillors may have cited it, so it must stay.
        expected: objective 1, kept in this priority
        found:    no objective 1
        fix:      Put objective 1 back. If the council no longer pursues it, fill in Withdrawn (withdrawn) with the date and the reason: its page then says so. If it was renumbered, add 1 to the Earlier numbers (formerNumbers) of its new number."
    `);
    const moved = renumbered.replace(
      "    text: The first objective.\n",
      "    text: The first objective.\n    formerNumbers: [1]\n",
    );
    const graph = await graphOf({ [file]: moved });
    expect(resolvePath(graph, "/plans/test-plan/second-priority/objectives/1")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/second-priority/objectives/7",
    });
    expect(resolvePath(graph, "/ref/TP20-2.1")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/second-priority/objectives/7",
    });
  });

  it("never lets another item take a former number", async () => {
    const file = "plans/test-plan/priorities/02-second-priority.mdx";
    const text = (await fixture(file)).replace(
      "  - number: 2\n",
      "  - number: 3\n    formerNumbers: [1]\n",
    );
    const [issue] = await issuesOf(published({ [file]: text }));
    expect(issue!.message).toBe(
      "The reference TP20-2.1 is already used by content/plans/test-plan/priorities/02-second-priority.mdx (objectives → item 1 → number).",
    );
    expect(issue!.field).toBe("objectives → item 2 → formerNumbers → item 1");
  });

  it("refuses a deleted priority once, for its page and its items' pages, at the record", async () => {
    expect(await problems({ [PRIORITY]: null })).toMatchInlineSnapshot(`
      "content/published-urls.txt:2:1
        The priority 'first-priority' of the Test Plan 2020-23 is no longer in the content, but its page has been published at /plans/test-plan/first-priority (and the pages of 2 of its objectives and actions): councillors may have cited it, so it must stay.
        expected: an entry whose web address ends in 'first-priority' (or with 'first-priority' in its Earlier web addresses, formerIds)
        found:    none
        fix:      Put its file back. If the council no longer pursues a priority, fill in Withdrawn (withdrawn) with the date and the reason: its page then says so. If it was renamed, add 'first-priority' to the Earlier web addresses (formerIds) of the entry that replaces it."
    `);
  });

  it("refuses a renamed priority in its own file, and accepts it with formerIds", async () => {
    const renamed = (await fixture(PRIORITY)).replace("id: first-priority\n", "id: first\n");
    expect(await problems({ [PRIORITY]: renamed })).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:1:1 — id
        This priority was published as 'first-priority' at /plans/test-plan/first-priority (and the pages of 2 of its objectives and actions), but its id is now 'first': the old addresses would stop working.
        expected: 'first-priority' in the Earlier web addresses (formerIds)
        found:    no formerIds
        fix:      Add 'first-priority' to the Earlier web addresses (formerIds), so every old address leads to this priority."
    `);
    const kept = renamed.replace("id: first\n", "id: first\nformerIds: [first-priority]\n");
    expect((await published({ [PRIORITY]: kept })).ok).toBe(true);
  });

  it("refuses a published priority marked as a draft: it would leave the site", async () => {
    const draft = (await fixture(PRIORITY)).replace("number: 1\n", "number: 1\ndraft: true\n");
    expect(await problems({ [PRIORITY]: draft })).toMatchInlineSnapshot(`
      "content/plans/test-plan/priorities/01-first-priority.mdx:1:1 — draft
        This page has been published at /plans/test-plan/first-priority, but Draft (draft: true) would take it off the site.
        expected: not a draft
        found:    draft: true
        fix:      Turn Draft off (remove draft: true). If the council no longer pursues it, fill in Withdrawn (withdrawn) instead, with the date and the reason: the page stays and says so."
    `);
  });

  it("refuses any other published address that no longer answers, at its line of the record", async () => {
    const record = `${PUBLISHED}/themes/wellbeing\n`;
    expect(await problems({}, record)).toMatchInlineSnapshot(`
      "content/published-urls.txt:10:1
        The address /themes/wellbeing has been published, but no page answers it now.
        expected: a page, or a redirect from an old id
        found:    Page not found
        fix:      Put back the entry it was the page of, or add the end of the old address to the Earlier web addresses (formerIds) of the entry that replaces it. Never remove a line of this file: published addresses must keep working."
    `);
  });

  it("checks nothing where there is no record (a fixture, a new site)", async () => {
    expect((await loadWith({ [PRIORITY]: await secondAction("") })).ok).toBe(true);
  });
});
