import { renderToStaticMarkup } from "react-dom/server";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { ContentGraph } from "@/lib/content";
import { renderView } from "@/lib/render/respond";
import type { BuildFacts } from "@/lib/site/build-facts";
import { PAGE_KINDS } from "@/lib/site/page-kinds";
import { allPages, describePage, htmlPages, PAGE_KIND_NAMES, reservedIds } from "@/lib/site/pages";
import { matchesPattern } from "@/lib/site/resolve";
import { contentsOf, headedSection } from "@/lib/site/sections";
import { fixtureWith, issuesOf, loadWith } from "./fixture-tree";
import { testFacts } from "./build-facts-fixture";

const FIRST = "plans/test-plan/priorities/01-first-priority.mdx";
const PRIORITY_SECTIONS = PAGE_KINDS.priority.sections;
const MINIMAL_CONTENT = path.resolve(import.meta.dirname, "../fixtures/minimal/content");
/** Every file of the minimal fixture, named as the graph names them. */
const contentFiles = readdirSync(MINIMAL_CONTENT, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map(
    (entry) => `content/${path.relative(MINIMAL_CONTENT, path.join(entry.parentPath, entry.name))}`,
  );

async function graphOf(files: Parameters<typeof loadWith>[0] = {}): Promise<ContentGraph> {
  const result = await loadWith(files);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.graph;
}

/** Facts of a build, made here so the test needs neither git nor built assets. */
function factsWith(changes: { date: string; files: string[] }[] = []): BuildFacts {
  const lastUpdated = new Map<string, string>();
  for (const change of changes) for (const file of change.files) lastUpdated.set(file, change.date);
  return testFacts({
    available: true,
    items: new Map(),
    lastUpdated,
    changes: changes.map((change) => ({ ...change, subject: "test" })),
  });
}

function pageHtml(graph: ContentGraph, path: string, facts = factsWith()): string {
  const page = htmlPages(graph).find((candidate) => candidate.path === path);
  if (!page) throw new Error(`no page at ${path}`);
  return renderToStaticMarkup(renderView(graph, page, new URLSearchParams(), facts));
}

const MEASURE = `measures:
  - id: untested-things
    title: Fewer untested things
    unit: things
    better: lower
    data:
      - { period: 2024/25, value: 9, source: Test log }
      - { period: 2025/26, value: 4, source: Test log }
`;
const withMeasures = (text: string) =>
  text.replace(
    "commitment: We will test everything.\n",
    `commitment: We will test everything.\n${MEASURE}`,
  );

describe("every page comes from its kind's declaration", () => {
  it("at an address that fits its kind's pattern", async () => {
    const graph = await graphOf();
    for (const page of allPages(graph)) {
      expect(matchesPattern(PAGE_KINDS[page.kind].pattern, page.path), page.path).toBe(true);
    }
  });

  it("with every kind of page present in the fixture", async () => {
    const graph = await graphOf({
      "pages/about.mdx": "---\nid: about\ntitle: About this site\norder: 1\n---\n\nAbout.\n",
    });
    const kinds = new Set(allPages(graph).map((page) => page.kind));
    // A dated citation has no instances: any past day is answered per request, from the
    // unlisted address (tests/unit/item-history.test.ts renders them).
    const answeredOnlyPerRequest = PAGE_KIND_NAMES.filter(
      (name) => "unlisted" in PAGE_KINDS[name] && PAGE_KINDS[name].rendering === "per-request",
    );
    expect(answeredOnlyPerRequest).toEqual(["datedReference"]);
    expect([...kinds, ...answeredOnlyPerRequest].sort()).toEqual([...PAGE_KIND_NAMES].sort());
  });

  it("reserves the first segment of every pattern for the site's own pages", () => {
    const { topLevel, inPlan } = reservedIds();
    for (const name of PAGE_KIND_NAMES) {
      const first = PAGE_KINDS[name].pattern.split("/")[1] ?? "";
      if (first !== "" && !first.startsWith(":")) expect(topLevel).toContain(first);
    }
    expect(inPlan).toContain("print");
  });
});

describe("a page's sections", () => {
  it("are its contents list, its anchors and what its view renders (measures, once missed)", async () => {
    const graph = await graphOf({
      [FIRST]: withMeasures(await readFixture(FIRST)),
      "plans/test-plan/pages/how-we-work.mdx":
        "---\nid: how-we-work\ntitle: How we work\norder: 1\n---\n\nSee [the measures](/plans/test-plan/first-priority#measures).\n",
    });
    const html = pageHtml(graph, "/plans/test-plan/first-priority");
    expect(html).toContain('<a href="#measures">How we will measure progress</a>');
    expect(html).toContain('<h2 id="measures">How we will measure progress</h2>');
    expect(html).toContain("Fewer untested things");
  });

  it("a link to a part the page does not declare is refused", async () => {
    const issues = await issuesOf(
      loadWith({
        "plans/test-plan/pages/how-we-work.mdx":
          "---\nid: how-we-work\ntitle: How we work\norder: 1\n---\n\nSee [the part](/plans/test-plan/first-priority#no-such-part).\n",
      }),
    );
    expect(issues).toMatchObject([
      { found: "#no-such-part", message: expect.stringContaining("does not exist") },
    ]);
  });

  it("a section added to a declaration is in the contents list and accepted by the link checker", async () => {
    // The registry with one more priority section, in a module registry of this test's own:
    // PAGE_KINDS itself, which every other test reads, is never changed.
    vi.resetModules();
    vi.doMock("@/lib/site/page-kinds", async (importOriginal) => {
      const original = await importOriginal<typeof import("@/lib/site/page-kinds")>();
      const { priority } = original.PAGE_KINDS;
      const sections: typeof priority.sections = (params) => [
        ...priority.sections(params),
        headedSection("related", "a-new-part", "A new part") as ReturnType<
          typeof priority.sections
        >[number],
      ];
      return {
        ...original,
        PAGE_KINDS: { ...original.PAGE_KINDS, priority: { ...priority, sections } },
      };
    });
    try {
      const { loadSite } = await import("@/lib/site/load-site");
      const site = await import("@/lib/site/pages");
      const { checkLinks } = await import("@/lib/site/links");
      const root = await fixtureWith({
        "plans/test-plan/pages/how-we-work.mdx":
          "---\nid: how-we-work\ntitle: How we work\norder: 1\n---\n\nSee [the new part](/plans/test-plan/first-priority#a-new-part).\n",
      });
      const loaded = await loadSite({ root, includeDrafts: true, purpose: "render" });
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues, null, 2));
      const priority = site.htmlPages(loaded.graph).find((page) => page.kind === "priority")!;
      expect(contentsOf(site.describePage(priority).sections)).toContainEqual({
        id: "a-new-part",
        label: "A new part",
      });
      expect(checkLinks(loaded.graph)).toEqual([]);
    } finally {
      vi.doUnmock("@/lib/site/page-kinds");
      vi.resetModules();
    }
    expect(PAGE_KINDS.priority.sections).toBe(PRIORITY_SECTIONS);
  });

  it("the print page shows every section the priority declares, measures included", async () => {
    const graph = await graphOf({ [FIRST]: withMeasures(await readFixture(FIRST)) });
    const html = pageHtml(graph, "/plans/test-plan/print");
    expect(html).toContain('<h3 id="TP20-1-measures">How we will measure progress</h3>');
    expect(html).toContain('<h3 id="TP20-1-commitment">Our commitment</h3>');
  });
});

describe("the list of changes", () => {
  it("names each changed page by its kind's title (a site page once showed as 'sitePage')", async () => {
    const graph = await graphOf({
      "pages/about.mdx": "---\nid: about\ntitle: About this site\norder: 1\n---\n\nAbout.\n",
    });
    const html = pageHtml(
      graph,
      "/changes",
      factsWith([
        { date: "2026-11-23T10:00:00Z", files: ["content/pages/about.mdx", `content/${FIRST}`] },
      ]),
    );
    expect(html).toContain('<a href="/about">About this site</a>');
    expect(html).toContain(
      '<a href="/plans/test-plan/first-priority">TP20-1: We will test the first priority</a>',
    );
    expect(html).not.toContain(">sitePage<");
  });

  it("every HTML kind declares a title, its source file and its files (no fall-through)", async () => {
    const graph = await graphOf();
    for (const page of htmlPages(graph)) {
      const described = describePage(page);
      expect(described.title, page.path).not.toBe("");
      expect(described.title, page.path).not.toBe(page.kind);
      if (described.source !== null) expect(described.files, page.path).toContain(described.source);
      for (const file of described.files) expect(contentFiles, page.path).toContain(file);
    }
  });
});

function readFixture(name: string): Promise<string> {
  return readFile(path.join(MINIMAL_CONTENT, name), "utf8");
}
