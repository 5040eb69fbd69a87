import { execFileSync } from "node:child_process";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { readContentHistory } from "@/lib/content/history";
import { makeSnapshot } from "@/lib/editor/preview/snapshot";
import { factsOf as previewFacts } from "@/lib/editor/preview/snapshot-data";
import { atomProblems } from "../atom";
import {
  answer,
  build,
  fileText,
  factsOf,
  HistoryRepo,
  pageHtml,
  renderEverything,
  tempDir,
  type BuiltCopy,
} from "./history-repo";

const FIRST = "plans/test-plan/priorities/01-first-priority.mdx";
const CHAPTER = "plans/test-plan/pages/how-we-work.mdx";
const ACTION = "/plans/test-plan/first-priority/actions/1";
const OTHER_ACTION = "/plans/test-plan/first-priority/actions/2";

/** The fixture's first priority, with action 1's text, lead and note and action 2's text set. */
function priority(
  o: { text1?: string; lead1?: string; note1?: string; text2?: string; note2?: string } = {},
) {
  return `---
id: first-priority
number: 1
title: We will test the first priority
planTheme: thriving-people
commitment: We will test everything.
themes: [health]
actions:
  - number: 1
    group: Safe lives
    text: "${o.text1 ?? "The first action."}"
    lead: ${o.lead1 ?? "fire-and-rescue-service"}
    themes: [health]
${o.note1 ?? ""}  - number: 2
    group: Safe lives
    text: "${o.text2 ?? "The second action."}"
    themes: [health]
    draftingNotes:
      - kind: details-to-follow
        note: info needed
${o.note2 ?? ""}---

## Why is this important?

Because it is tested.

<DraftingNote kind="being-checked">check accuracy</DraftingNote>
`;
}

const chapter = (extra = "") => `---
id: how-we-work
title: How we work
order: 1
---

## Decision making

<InformationToFollow note="to be developed" />
${extra}`;

const PUBLIC_HEALTH = "---\nid: public-health\nname: Public Health\n---\n";
const MAJOR = '    changeNote: "Lead changed to Public Health."\n    changeKind: major\n';
const MINOR = '    changeNote: "Quotation marks mended."\n    changeKind: minor\n';
const NOW_FOR_EVERYONE = "The first action, now for everyone.";

let repo: HistoryRepo;
let site: BuiltCopy;

// The issue's history: action 1's text changes in the second commit and its lead in the third;
// another action (and the chapter) in the fourth; a note alone on the other action in the fifth.
beforeAll(async () => {
  repo = await HistoryRepo.create();
  await repo.commit("2026-01-10T10:00:00Z", {
    "services/public-health.mdx": PUBLIC_HEALTH,
    [FIRST]: priority(),
    [CHAPTER]: chapter(),
  });
  await repo.commit("2026-03-02T10:00:00Z", { [FIRST]: priority({ text1: NOW_FOR_EVERYONE }) });
  await repo.commit("2026-05-05T10:00:00Z", {
    [FIRST]: priority({ text1: NOW_FOR_EVERYONE, lead1: "public-health", note1: MAJOR }),
  });
  await repo.commit("2026-07-07T10:00:00Z", {
    [FIRST]: priority({
      text1: NOW_FOR_EVERYONE,
      lead1: "public-health",
      note1: MAJOR,
      text2: "=SUM(A1) says the second action.",
    }),
    [CHAPTER]: chapter("\nWe meet every month.\n"),
  });
  await repo.commit("2026-08-08T10:00:00Z", {
    [FIRST]: priority({
      text1: NOW_FOR_EVERYONE,
      lead1: "public-health",
      note1: MAJOR,
      text2: "=SUM(A1) says the second action.",
      note2: MINOR,
    }),
  });
  site = await build(repo.root);
});

describe("an item's own history, from the versions of its file", () => {
  it("records the dates its own fields changed, not those of its file", () => {
    if (!site.facts.history.available) throw new Error("the repository has history");
    const action = site.facts.history.items.get("TP20-1.1")!;
    expect(
      action.versions.map((v) => [v.day, v.event, v.changes.map((c) => c.field), v.note?.kind]),
    ).toEqual([
      ["2026-01-10", "published", [], undefined],
      ["2026-03-02", "changed", ["text"], undefined],
      ["2026-05-05", "changed", ["lead"], "major"],
    ]);
    expect(site.facts.history.items.get("TP20-1.2")!.versions.map((v) => v.day)).toEqual([
      "2026-01-10",
      "2026-07-07",
    ]);
  });

  it("gives a note written on its own to the item's latest change", () => {
    if (!site.facts.history.available) throw new Error("the repository has history");
    const latest = site.facts.history.items.get("TP20-1.2")!.versions.at(-1)!;
    expect(latest.day).toBe("2026-07-07");
    expect(latest.note).toEqual({ note: "Quotation marks mended.", kind: "minor" });
  });

  it("reads every version with one git log and one cat-file, whatever the number of items", async () => {
    const bin = await tempDir("git-spy-");
    const log = path.join(bin, "calls");
    await writeFile(
      path.join(bin, "git"),
      `#!/bin/sh\necho "$1" >> "${log}"\nexec ${execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim()} "$@"\n`,
      { mode: 0o755 },
    );
    const path0 = process.env.PATH;
    process.env.PATH = `${bin}:${path0}`;
    try {
      readContentHistory(repo.root);
    } finally {
      process.env.PATH = path0;
    }
    expect((await readFile(log, "utf8")).trim().split("\n")).toEqual([
      "rev-parse",
      "log",
      "cat-file",
    ]);
  });
});

describe("the item's page", () => {
  it("says when its wording and its lead last changed, and not when its file did", () => {
    const html = pageHtml(site, ACTION);
    expect(text(html)).toContain("Wording last changed 2 March 2026.");
    expect(text(html)).toContain("Lead last changed 5 May 2026.");
    expect(html).not.toContain("7 July 2026");
    expect(html).not.toContain("8 August 2026");
    expect(html).toContain(`href="${ACTION}/history"`);
    expect(html).toContain(`href="${ACTION}/updates.xml"`);
  });

  it("shows the latest major change with its note", () => {
    expect(text(pageHtml(site, ACTION))).toContain(
      "Updated 5 May 2026: Lead changed to Public Health. See what changed",
    );
    expect(pageHtml(site, OTHER_ACTION)).not.toContain("Updated ");
  });

  it("offers a dated citation beside the plain one", () => {
    const html = text(pageHtml(site, ACTION));
    expect(html).toContain("https://strategy.example.org/ref/TP20-1.1/2026-05-05");
    expect(html).toContain("TP20-1.1, as at 5 May 2026");
  });
});

describe("the history page", () => {
  it("shows both changes, newest first, with the words that changed and the lead before and after", () => {
    const html = pageHtml(site, `${ACTION}/history`);
    const page = text(html);
    expect(page.indexOf("5 May 2026: Changed")).toBeLessThan(page.indexOf("2 March 2026: Changed"));
    expect(page.indexOf("2 March 2026: Changed")).toBeLessThan(
      page.indexOf("10 January 2026: First published on this site"),
    );
    expect(html).toMatch(
      /<ins><span class="visually-hidden">\[added: <\/span>[^<]*now for everyone/,
    );
    expect(page).toContain("Before: Fire and Rescue Service");
    expect(page).toContain("After: Public Health");
    expect(page).toContain("Note: Lead changed to Public Health.");
    expect(page).not.toContain("7 July 2026");
  });

  it("folds a minor change away", () => {
    const html = pageHtml(site, `${OTHER_ACTION}/history`);
    expect(html).toMatch(
      /<details class="version__minor"><summary>A minor change: show it<\/summary>/,
    );
    expect(text(html)).toContain("Note: Quotation marks mended.");
  });

  it("shows a chapter's new words, and never a drafting note", () => {
    const html = pageHtml(site, "/plans/test-plan/how-we-work/history");
    expect(html).toMatch(/<ins>[^]*We meet every month/);
    expect(html).not.toMatch(/to be developed|info needed/);
  });
});

describe("a dated citation", () => {
  it("shows the item as it stood between the commits, under a banner that says so", () => {
    const { html } = answer(site, "/ref/TP20-1.1/2026-04-01");
    const page = text(html!);
    expect(page).toContain("You are reading TP20-1.1 as it stood on 1 April 2026.");
    expect(page).toContain(NOW_FOR_EVERYONE);
    expect(page).toContain("Fire and Rescue Service");
    expect(page).toContain("It has changed since: once, most recently on 5 May 2026 (lead).");
    expect(html).toContain(
      '<link rel="canonical" href="https://strategy.example.org/plans/test-plan/first-priority/actions/1"/>',
    );
    const before = text(answer(site, "/ref/TP20-1.1/2026-02-01").html!);
    expect(before).toContain("The first action.");
    expect(before).not.toContain(NOW_FOR_EVERYONE);
    // A day on which it changed shows it as the day ended.
    const changedThatDay = text(answer(site, "/ref/TP20-1.1/2026-05-05").html!);
    expect(changedThatDay).toContain("It has not changed since.");
    expect(changedThatDay).toMatch(/Lead\s*Public Health/);
  });

  it("says what the council had marked unfinished that day, never the note itself", () => {
    const action = text(answer(site, "/ref/TP20-1.2/2026-04-01").html!);
    expect(action).toContain("Not final The council has said more detail will follow.");
    const priority = text(answer(site, "/ref/TP20-1/2026-04-01").html!);
    expect(priority).toContain("Not final The council has marked this as still being checked");
    expect(`${action} ${priority}`).not.toMatch(/info needed|check accuracy/);
  });

  it("answers another spelling with a redirect and a day that has no version with our 404", () => {
    expect(answer(site, "/ref/tp20-1.1/2026-04-01").resolution).toEqual({
      type: "redirect",
      location: "/ref/TP20-1.1/2026-04-01",
    });
    const early = answer(site, "/ref/TP20-1.1/2025-12-31").resolution;
    expect(early).toMatchObject({
      type: "notFound",
      message: expect.stringContaining("first published on this site on 10 January 2026"),
      suggestions: [{ path: "/ref/TP20-1.1/2026-01-10" }, { path: "/ref/TP20-1.1" }],
    });
    expect(answer(site, "/ref/TP20-1.1/2026-12-02", "2026-12-01").resolution).toMatchObject({
      type: "notFound",
      message: expect.stringContaining("has not come yet"),
      suggestions: [{ path: "/ref/TP20-1.1/2026-12-01" }, { path: "/ref/TP20-1.1" }],
    });
    // A day not in the calendar: the real days nearest it that the item can be cited on.
    const nearest: [string, string[]][] = [
      ["2026-02-30", ["2026-02-28", "2026-03-01"]],
      ["2026-13-01", ["2026-12-01"]],
      ["2026-4-1", ["2026-04-01"]],
      ["1-4-2026", ["2026-04-01"]],
      ["2025-02-30", ["2026-01-10"]],
      ["2026-11-31", ["2026-11-30", "2026-12-01"]],
      ["2026-12-32", ["2026-12-01"]],
      ["yesterday", []],
    ];
    for (const [impossible, days] of nearest) {
      const resolution = answer(site, `/ref/TP20-1.1/${impossible}`).resolution;
      expect(resolution, impossible).toMatchObject({
        type: "notFound",
        message: expect.stringContaining("is not a date in the calendar"),
      });
      const paths = resolution.type === "notFound" ? resolution.suggestions.map((s) => s.path) : [];
      // Its example is a day the item can be cited on: today.
      expect(resolution, impossible).toMatchObject({
        message: expect.stringContaining("e.g. /ref/TP20-1.1/2026-12-01."),
      });
      expect(paths, impossible).toEqual([
        ...days.map((day) => `/ref/TP20-1.1/${day}`),
        "/ref/TP20-1.1",
      ]);
    }
    expect(answer(site, "/ref/TP20-1.9/2026-04-01").resolution).toMatchObject({
      type: "notFound",
      suggestions: expect.arrayContaining([
        { label: expect.any(String), path: "/ref/TP20-1.1/2026-04-01" },
      ]),
    });
  });
});

describe("the feed of one item", () => {
  it("is valid Atom with exactly its own changes", async () => {
    const xml = fileText(site, `${ACTION}/updates.xml`);
    expect(await atomProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.title).toBe("TP20-1.1 (draft): changes and progress");
    // Its page and its history page offer it by the same name, "(draft)" and all.
    for (const page of [ACTION, `${ACTION}/history`]) {
      expect(pageHtml(site, page)).toContain(
        `<link rel="alternate" type="application/atom+xml" title="${feed.title}" href="${ACTION}/updates.xml"/>`,
      );
    }
    expect(feed.self).toBe(`https://strategy.example.org${ACTION}/updates.xml`);
    expect(feed.items.map((item) => item.title)).toEqual([
      "TP20-1.1 updated: Lead changed to Public Health.",
      "TP20-1.1 changed: text",
      "TP20-1.1 first published on this site",
    ]);
    expect(feed.items[0]!.url).toBe(
      "https://strategy.example.org/plans/test-plan/first-priority/actions/1/history#version-3",
    );
  });

  it("says in each entry what changed, with its note, and that the plan is a draft", () => {
    const xml = fileText(site, `${ACTION}/updates.xml`);
    const summaries = [...xml.matchAll(/<summary type="html">([^<]*)<\/summary>/g)].map(
      (m) => m[1],
    );
    expect(summaries[0]).toBe(
      "&lt;p&gt;From the draft Test Plan 2020-23, not yet adopted.&lt;/p&gt;&lt;p&gt;Lead changed to Public Health. What changed: lead.&lt;/p&gt;",
    );
  });

  it("of a priority is valid Atom and has its actions' changes too", async () => {
    const xml = fileText(site, "/plans/test-plan/first-priority/updates.xml");
    expect(await atomProblems(xml)).toEqual([]);
    const titles = parseFeed(xml).items.map((item) => item.title);
    expect(titles).toContain("TP20-1.2 changed: text");
    expect(titles).toContain("TP20-1.1 changed: text");
  });
});

describe("the plan's and the site's feeds", () => {
  it("carry the changes marked major, with their notes, and not every change", () => {
    for (const path of ["/plans/test-plan/updates.xml", "/updates.xml"]) {
      const titles = parseFeed(fileText(site, path)).items.map((item) => item.title);
      expect(titles, path).toContain("TP20-1.1 updated: Lead changed to Public Health.");
      expect(titles, path).not.toContain("TP20-1.1 changed: text");
    }
  });
});

describe("open data of every version", () => {
  it("has a row per changed field, with the CSV safety of every CSV of the site", () => {
    const csv = fileText(site, "/data/history.csv");
    expect(csv.split("\r\n")[0]).toBe(
      '"reference","title","plan","date","commit","event","field","before","after","note","note_kind","permalink"',
    );
    expect(csv).toMatch(
      /"TP20-1\.1","","Test Plan 2020-23","2026-05-05","[0-9a-f]{40}","changed","lead","Fire and Rescue Service","Public Health","Lead changed to Public Health\.","major"/,
    );
    expect(csv).toContain(`"'=SUM(A1) says the second action."`);
    const json = JSON.parse(fileText(site, "/data/history.json")) as { versions: unknown[] };
    expect(json.versions).toContainEqual(
      expect.objectContaining({ reference: "TP20-1.1", date: "2026-03-02", field: "text" }),
    );
  });
});

describe("the editor's preview", () => {
  it("carries every item's history through its snapshot, so its page is the build's", async () => {
    const { today, ...facts } = factsOf(readContentHistory(repo.root));
    const sent = JSON.parse(JSON.stringify(await makeSnapshot({ root: repo.root, facts })));
    const preview = { graph: site.graph, facts: previewFacts(sent, today) };
    expect(preview.facts.history).toEqual(site.facts.history);
    expect(pageHtml(preview, ACTION)).toBe(pageHtml(site, ACTION));
  });
});

describe("withdrawing an action", () => {
  const WITHDRAWN =
    '    withdrawn:\n      date: 2026-03-01\n      reason: "Merged into action 1."\n';
  let copy: BuiltCopy;

  beforeAll(async () => {
    const withdrawing = await HistoryRepo.create();
    await withdrawing.commit("2026-01-10T10:00:00Z", { [FIRST]: priority() });
    await withdrawing.commit("2026-03-04T10:00:00Z", { [FIRST]: priority({ note2: WITHDRAWN }) });
    copy = await build(withdrawing.root);
  });

  it("is a dated change in its history, with the day and the reason", () => {
    if (!copy.facts.history.available) throw new Error("the repository has history");
    const versions = copy.facts.history.items.get("TP20-1.2")!.versions;
    expect(versions.map((v) => [v.day, v.event, v.changes])).toEqual([
      ["2026-01-10", "published", []],
      [
        "2026-03-04",
        "changed",
        [{ field: "withdrawn", after: ["2026-03-01", "Merged into action 1."] }],
      ],
    ]);
    const page = text(pageHtml(copy, `${OTHER_ACTION}/history`));
    expect(page).toMatch(
      /4 March 2026: Changed\s*Withdrawal\s*Before: Not withdrawn\s*After: Withdrawn on 1 March 2026, Merged into action 1\./,
    );
    expect(text(pageHtml(copy, OTHER_ACTION))).toContain("Withdrawal last changed 4 March 2026.");
  });

  it("is told to a citation from before it, and to the item's feed", () => {
    const before = text(answer(copy, "/ref/TP20-1.2/2026-02-01").html!);
    expect(before).toContain(
      "It has changed since: once, most recently on 4 March 2026 (withdrawal).",
    );
    expect(before).not.toContain("Merged into action 1.");
    const after = text(answer(copy, "/ref/TP20-1.2/2026-03-04").html!);
    expect(after).toMatch(/Withdrawal\s*Withdrawn on 1 March 2026, Merged into action 1\./);
    const titles = parseFeed(fileText(copy, `${OTHER_ACTION}/updates.xml`)).items.map(
      (item) => item.title,
    );
    expect(titles[0]).toBe("TP20-1.2 changed: withdrawal");
  });
});

describe("a field an older version did not have", () => {
  const MEMBER_LEAD = '    memberLead: "Cabinet Member for Public Health"\n';
  let copy: BuiltCopy;

  beforeAll(async () => {
    const adding = await HistoryRepo.create();
    await adding.commit("2026-01-10T10:00:00Z", { [FIRST]: priority() });
    await adding.commit("2026-02-02T10:00:00Z", { [FIRST]: priority({ note2: MEMBER_LEAD }) });
    await adding.commit("2026-03-03T10:00:00Z", { [FIRST]: priority() });
    copy = await build(adding.root);
  });

  it("is said to have been not recorded then, and not to have been given as none", () => {
    const page = text(pageHtml(copy, `${OTHER_ACTION}/history`));
    expect(page).toMatch(
      /2 February 2026: Changed\s*Member lead\s*Before: Not recorded then\s*After: Cabinet Member for Public Health/,
    );
    expect(page).toMatch(
      /3 March 2026: Changed\s*Member lead\s*Before: Cabinet Member for Public Health\s*After: No longer recorded/,
    );
    expect(page).not.toMatch(/none given/i);
  });
});

describe("a copy without history", () => {
  it("a shallow clone builds every page and says history is not available, inventing no date", async () => {
    const clone = path.join(await tempDir("shallow-"), "site");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${repo.root}`, clone]);
    const copy = await build(clone);
    expect(copy.facts.history).toEqual({
      available: false,
      reason:
        "this copy was published with the latest version only, without the record of earlier ones",
    });
    expect(renderEverything(copy)).toBeGreaterThan(20);
    const item = text(pageHtml(copy, ACTION));
    expect(item).toContain(
      "The history of TP20-1.1 is not available in this copy of the site: this copy was published with the latest version only, without the record of earlier ones.",
    );
    expect(item).not.toMatch(/(January|March|May|July|August) 2026/);
    expect(text(pageHtml(copy, `${ACTION}/history`))).toContain("is not available in this copy");
    expect(text(answer(copy, "/ref/TP20-1.1/2026-04-01").html!)).toContain(
      "TP20-1.1 cannot be shown as it stood on 1 April 2026",
    );
    expect(JSON.parse(fileText(copy, "/data/history.json"))).toMatchObject({ available: false });
    const feed = fileText(copy, `${ACTION}/updates.xml`);
    expect(await atomProblems(feed)).toEqual([]);
    expect(parseFeed(feed).items).toEqual([]);
  });

  it("an export without .git says so too", async () => {
    const exported = path.join(await tempDir("export-"), "site");
    await cp(repo.root, exported, { recursive: true });
    await rm(path.join(exported, ".git"), { recursive: true });
    const copy = await build(exported);
    expect(copy.facts.history).toEqual({
      available: false,
      reason: "this copy was published without its record of changes",
    });
    expect(text(pageHtml(copy, ACTION))).toContain("is not available in this copy of the site");
  });
});

/** The page's text, tags removed and white space collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
