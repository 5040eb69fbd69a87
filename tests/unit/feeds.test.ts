import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import type { BuildFacts } from "@/lib/site/build-facts";
import { atomFeed } from "@/lib/site/feeds";
import { pageOfFile, describePage, sitemapPaths } from "@/lib/site/pages";
import type { ContentGraph } from "@/lib/content/graph";
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

async function graph(): Promise<ContentGraph> {
  const result = await loadWithProgress({ [FIRST]: firstPriorityWith(UPDATES) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.graph;
}

function siteOf(graph: ContentGraph, changes: { date: string; files: string[] }[]) {
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
  const pages = new Map(
    [...pageOfFile(graph)].map(([file, page]) => [
      file,
      { path: page.path, title: describePage(page).title },
    ]),
  );
  return { graph, sitemapPaths: sitemapPaths(graph), facts, pageOfFile: pages };
}

describe("the Atom feed of progress and changes", () => {
  it("is a valid Atom feed, newest first, each entry linking to its page", async () => {
    const content = await graph();
    const xml = atomFeed(
      siteOf(content, [{ date: "2026-08-15T09:00:00Z", files: [`content/${FIRST}`] }]),
    );
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Test County Council strategy: progress and changes");
    expect(feed.self).toBe("https://strategy.example.org/updates.xml");
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      [
        "Changed: TP20-1: We will test the first priority",
        "https://strategy.example.org/plans/test-plan/first-priority",
      ],
      [
        "TP20-1.1: At risk, 40%",
        "https://strategy.example.org/plans/test-plan/first-priority/actions/1",
      ],
      [
        "TP20-1.1: On track",
        "https://strategy.example.org/plans/test-plan/first-priority/actions/1",
      ],
    ]);
    // A feed reader shows no banner, so an entry of a draft plan says it is one.
    expect(feed.items[1]?.description).toBe(
      "From the draft Test Plan 2020-23, not yet adopted. Slower than planned.",
    );
    expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);
  });

  it("for one plan, holds only that plan's updates and changes", async () => {
    const content = await graph();
    const plan = content.plans[0]!;
    const feed = parseFeed(
      atomFeed(
        siteOf(content, [{ date: "2026-08-15T09:00:00Z", files: ["content/site.mdx"] }]),
        plan,
      ),
    );
    expect(feed.self).toBe("https://strategy.example.org/plans/test-plan/updates.xml");
    expect(feed.items.map((item) => item.title)).toEqual([
      "TP20-1.1: At risk, 40%",
      "TP20-1.1: On track",
    ]);
  });

  it("escapes what the content writes", async () => {
    const result = await loadWithProgress({
      [FIRST]: firstPriorityWith(
        `    updates:\n      - date: 2026-04-01\n        status: on-track\n        summary: "Costs & benefits ]]> agreed."\n`,
      ),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const xml = atomFeed(siteOf(result.graph, []));
    // The text ends no CDATA section early, and reads back as written.
    expect(parseFeed(xml).items[0]?.description).toMatch(/ Costs & benefits \]\]> agreed\.$/);
  });
});
