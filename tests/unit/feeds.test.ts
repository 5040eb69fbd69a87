import { spawnSync } from "node:child_process";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { compileMdx } from "@/lib/content/compile-mdx";
import type { ContentGraph } from "@/lib/content/graph";
import { isAction, itemsOfPlan } from "@/lib/content/progress";
import { FEED_HTML } from "@/lib/render/feed-summary";
import { siteIndex } from "@/lib/render/respond";
import { atomXml, type AtomEntry } from "@/lib/site/atom";
import type { BuildFacts } from "@/lib/site/build-facts";
import { atomFeed, updateTitle } from "@/lib/site/feeds";
import { loadSite } from "@/lib/site/load-site";
import { atomProblems, atomProblemsOfEach } from "../atom";
import { FIRST, firstPriorityWith, loadWithProgress } from "./progress-fixture";

const UPDATES = `    updates:
      - date: 2026-04-01
        status: on-track
        summary: Begun.
      - date: 2026-07-01
        status: at-risk
        percent: 40
        summary: Slower than planned.
`;

async function graphWith(updates: string): Promise<ContentGraph> {
  const result = await loadWithProgress({ [FIRST]: firstPriorityWith(updates) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.graph;
}

function siteOf(graph: ContentGraph, changes: { date: string; files: string[] }[] = []) {
  const facts: BuildFacts = {
    today: "2026-12-01",
    history: {
      available: true,
      lastUpdated: new Map(),
      changes: changes.map((c) => ({ ...c, subject: "x" })),
      items: new Map(),
    },
    assets: { "site.css": "", "search.js": "", "search-index.json": "", "copy-citation.js": "" },
  };
  return siteIndex(graph, facts);
}

/**
 * Each entry's summary as the feed carries it: the HTML a subscriber's reader renders. (A feed
 * parser's `description` decodes the HTML's own entities as well, which would hide the escaping.)
 */
function summaries(xml: string): string[] {
  return [...xml.matchAll(/<summary type="html">([^<]*)<\/summary>/g)].map((match) =>
    match[1]!
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&"),
  );
}

const ROOT = path.resolve(import.meta.dirname, "../..");
const ACTION_URL = "https://strategy.example.org/plans/test-plan/first-priority/actions/1";
/** The test plan is a draft: a feed reader shows no banner, so each of its entries says so. */
const DRAFT = "<p>From the draft Test Plan 2020-23, not yet adopted.</p>";

describe("the Atom feed of progress and changes", () => {
  it("is judged feed by feed when many are validated at once", async () => {
    const xml = atomFeed(siteOf(await graphWith(UPDATES), []));
    const broken = xml.replace(/<title>[^<]*<\/title>/, "");
    const [first, second, third] = await atomProblemsOfEach([xml, broken, xml]);
    expect(first).toEqual([]);
    expect(second).not.toEqual([]);
    expect(third).toEqual([]);
  });

  it("is valid Atom, newest first, each entry named after its item and linking to its page", async () => {
    const content = await graphWith(UPDATES);
    const xml = atomFeed(
      siteOf(content, [{ date: "2026-08-15T09:00:00Z", files: [`content/${FIRST}`] }]),
    );
    expect(await atomProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.title).toBe("Test County Council strategy: progress and changes");
    expect(feed.self).toBe("https://strategy.example.org/updates.xml");
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      [
        "Changed: TP20-1: We will test the first priority",
        "https://strategy.example.org/plans/test-plan/first-priority",
      ],
      ["TP20-1.1 The first action: at risk, 40%", ACTION_URL],
      ["TP20-1.1 The first action: on track", ACTION_URL],
    ]);
    expect(summaries(xml)).toEqual([
      "<p>The page “TP20-1: We will test the first priority” was changed.</p>",
      `${DRAFT}<div class="prose"><p>Slower than planned.</p></div>`,
      `${DRAFT}<div class="prose"><p>Begun.</p></div>`,
    ]);
    // Readers know an entry by its id: the ids of the first feed are kept.
    expect(feed.items.map((item) => item.id)).toEqual([
      "https://strategy.example.org/plans/test-plan/first-priority#change-2026-08-15T09:00:00Z",
      `${ACTION_URL}#update-2026-07-01`,
      `${ACTION_URL}#update-2026-04-01`,
    ]);
  });

  it("for one plan, holds only that plan's updates and changes", async () => {
    const content = await graphWith(UPDATES);
    const xml = atomFeed(
      siteOf(content, [{ date: "2026-08-15T09:00:00Z", files: ["content/site.mdx"] }]),
      content.plans[0]!,
    );
    expect(await atomProblems(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.self).toBe("https://strategy.example.org/plans/test-plan/updates.xml");
    expect(feed.items.map((item) => item.title)).toEqual([
      "TP20-1.1 The first action: at risk, 40%",
      "TP20-1.1 The first action: on track",
    ]);
  });

  it("with no updates and no history is still valid", async () => {
    const content = await graphWith("");
    const xml = atomFeed({
      ...siteOf(content),
      facts: { ...siteOf(content).facts, history: { available: false } },
    } as ReturnType<typeof siteOf>);
    expect(await atomProblems(xml)).toEqual([]);
    expect(parseFeed(xml).items).toEqual([]);
  });
});

/** Summaries written to break a feed or put live HTML in it, and what a subscriber reads. */
const HOSTILE: [what: string, summary: string, html: string][] = [
  ["two CDATA ends", "a ]]> b ]]> c", "<p>a ]]&gt; b ]]&gt; c</p>"],
  [
    "HTML in a code span",
    "`<img src=x onerror=alert(1)>`",
    "<p><code>&lt;img src=x onerror=alert(1)&gt;</code></p>",
  ],
  ["an escaped tag", "\\<img src=x onerror=alert(2)>", "<p>&lt;img src=x onerror=alert(2)&gt;</p>"],
  [
    "quotes, ampersands and links",
    'Costs & "benefits" in [the priority](/plans/test-plan/first-priority) and [a report](https://example.org/r?a=1&b=2).',
    '<p>Costs &amp; &quot;benefits&quot; in <a href="https://strategy.example.org/plans/test-plan/first-priority">the priority</a> and <a href="https://example.org/r?a=1&amp;b=2">a report</a>.</p>',
  ],
  [
    "two paragraphs and a list",
    "First.\n\nSecond:\n\n- one\n- two",
    "<p>First.</p>\n<p>Second:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
  ],
];

describe("a hostile summary", () => {
  it.each(HOSTILE)(
    "(%s) reaches subscribers as its rendered text, in a valid feed",
    async (_, summary, html) => {
      const updates = `    updates:\n      - date: 2026-04-01\n        status: on-track\n        summary: ${JSON.stringify(summary)}\n`;
      const xml = atomFeed(siteOf(await graphWith(updates)));
      expect(await atomProblems(xml)).toEqual([]);
      expect(xml).not.toContain("CDATA");
      expect(summaries(xml)).toEqual([`${DRAFT}<div class="prose">${html}</div>`]);
    },
  );
});

describe("hostile summaries through the importer", () => {
  it("are imported, loaded and carried by a valid feed as their text", async () => {
    const copy = await mkdtemp(path.join(os.tmpdir(), "feed-import-"));
    try {
      await cp(
        path.join(ROOT, "tests/fixtures/progress-site/content"),
        path.join(copy, "content"),
        {
          recursive: true,
        },
      );
      const rows = HOSTILE.slice(0, 3).map(
        ([, summary], index) => `TP20-2.1,2020-01-0${index + 1},on-track,,"${summary}"`,
      );
      await writeFile(
        path.join(copy, "updates.csv"),
        `reference,date,status,percent,summary\n${rows.join("\n")}\n`,
      );
      const run = spawnSync(
        process.execPath,
        ["--import", "tsx", "lib/cli/import-updates.ts", `--root=${copy}`, `${copy}/updates.csv`],
        { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const loaded = await loadSite({ root: copy, includeDrafts: false, purpose: "render" });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues, null, 2));
      const xml = atomFeed(siteOf(loaded.graph));
      expect(await atomProblems(xml)).toEqual([]);
      // The imported entries, in the order of the sheet's rows (the feed is newest first).
      const imported = xml
        .split("<entry>")
        .filter((entry) => entry.includes("/objectives/1#update-2020-01-0"))
        .reverse()
        .map((entry) => summaries(entry)[0]);
      expect(imported).toEqual(
        HOSTILE.slice(0, 3).map(([, , html]) => `<div class="prose">${html}</div>`),
      );
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe("the title of an update's entry", () => {
  it("names the item, cut at a word when it is long", async () => {
    const action = itemsOfPlan((await graphWith(UPDATES)).plans[0]!).find(isAction)!;
    const update = action.updates[0]!;
    const long = {
      ...action,
      text: "Improve the condition of roads, footways and cycleways across every district of the county.",
    };
    expect(updateTitle(long, update)).toBe(
      "TP20-1.1 Improve the condition of roads, footways and cycleways …: at risk, 40%",
    );
  });
});

/** The elements and attributes a rendered summary may hold: what Markdown and our components make. */
const ALLOWED_TAGS = new Set(
  "p a em strong code pre ul ol li h1 h2 h3 h4 h5 h6 blockquote hr br del div span table thead tbody tr th td input sup section".split(
    " ",
  ),
);
const ALLOWED_ATTRIBUTES = new Set(
  "href class id role aria-label tabindex type checked disabled data-note-kind align".split(" "),
);

/** Pieces of Markdown, MDX and XML that break naive escaping, joined at random. */
const piece = fc.constantFrom(
  "<",
  ">",
  "]]>",
  "&",
  "&amp;",
  "`",
  "\\",
  "[",
  "](",
  ")",
  "*",
  "_",
  "img",
  " src=x",
  " onerror=alert(1)",
  "javascript:",
  '"',
  "'",
  "\n",
  "\n\n",
  "- ",
  "# ",
  "| a | b |\n|---|---|\n",
  "words",
  " ",
  "<Callout>",
  "</Callout>",
  "https://x.example/a",
  "[a link](https://x.example/a?b=1&c=2)",
  "[a page](/plans/test-plan)",
  "[an anchor](#x)",
  "![an image](https://x.example/i.png)",
  "\n\n<Callout>\nwords\n</Callout>\n\n",
  "/plans/test-plan",
  "{",
  "}",
  "\u0001",
  "\u202e",
  "\ud800",
  "\uffff",
  "👩‍👧",
);

describe("any summary the check accepts", () => {
  it("renders to HTML of allowed elements and absolute links only, and any title to valid Atom", async () => {
    const action = itemsOfPlan((await graphWith(UPDATES)).plans[0]!).find(isAction)!;
    const entries: AtomEntry[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")),
        async (text) => {
          const compiled = await compileMdx(text, MDX_COMPONENT_NAMES);
          if (!compiled.ok) return;
          const update = { ...action.updates[0]!, summaryText: text, summary: compiled.compiled };
          const html = FEED_HTML.update(action, update, ACTION_URL);
          for (const [, tag, attributes = ""] of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
            expect(ALLOWED_TAGS, html).toContain(tag);
            for (const [, name, value] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) {
              expect(ALLOWED_ATTRIBUTES, html).toContain(name);
              if (name === "href") expect(value, html).toMatch(/^(https?:\/\/|mailto:)/);
            }
          }
          entries.push({
            id: `${ACTION_URL}#${entries.length}`,
            title: text,
            link: ACTION_URL,
            updated: new Date("2026-01-01T00:00:00Z"),
            summaryHtml: html,
          });
        },
      ),
      { numRuns: 300, seed: 22 },
    );
    expect(entries.length).toBeGreaterThan(30);
    const xml = atomXml({
      id: "https://strategy.example.org/updates.xml",
      title: "Every accepted summary \u0001\ud800",
      link: "https://strategy.example.org/",
      author: "Test",
      entries,
    });
    expect(await atomProblems(xml)).toEqual([]);
  });
});
