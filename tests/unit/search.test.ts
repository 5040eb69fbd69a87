import path from "node:path";
import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";
import type { ContentGraph } from "@/lib/content/graph";
import { loadSite } from "@/lib/site/load-site";
import { INDEX_OPTIONS, type SearchDocument } from "@/lib/search/options";
import { searchDocuments, searchIndex } from "@/lib/render/search-index";
import { runSearch } from "@/lib/search/search";
import { PAGE_KINDS } from "@/lib/site/page-kinds";
import { htmlPages } from "@/lib/site/pages";
import { snippet } from "@/lib/search/snippet";
import { loadWith } from "./fixture-tree";

let graph: ContentGraph;

beforeAll(async () => {
  const result = await loadSite({
    root: path.resolve(import.meta.dirname, "../.."),
    includeDrafts: false,
    purpose: "render",
  });
  if (!result.ok) throw new Error("the real content must load");
  graph = result.graph;
});

const references = (query: string) =>
  runSearch(searchIndex(graph), query).results.map((result) => result.reference);

describe("what search finds comes from the page kinds", () => {
  it("holds one document per page of every kind that says what search finds of it", () => {
    const searchable = htmlPages(graph).filter((page) => "search" in PAGE_KINDS[page.kind]);
    expect(searchable.length).toBeGreaterThan(0);
    expect(searchDocuments(graph).map((document) => document.id)).toEqual(
      searchable.map((page) => page.path),
    );
  });

  it("adds a body's plain text after the declared text", () => {
    const priority = graph.plans
      .flatMap((plan) => plan.priorities)
      .find((item) => item.body.code !== "")!;
    const document = searchDocuments(graph).find((item) => item.reference === priority.reference)!;
    const declared = priority.commitment === undefined ? "" : `${priority.commitment} `;
    expect(document.text.startsWith(declared)).toBe(true);
    expect(document.text.length).toBeGreaterThan(declared.length);
    expect(document.text).not.toMatch(/<|>/);
  });
});

describe("what search finds of a theme", () => {
  it("finds the words its file says under its frontmatter, as its page shows them", async () => {
    const result = await loadWith({
      "themes/health.mdx":
        "---\nid: health\ntitle: Health and wellbeing\ndescription: Physical and mental health.\n---\n\nSwimming pools stay open.\n",
    });
    if (!result.ok) throw new Error("the fixture does not load");
    const theme = searchDocuments(result.graph).find((document) => document.kind === "Theme")!;
    expect(theme.text).toContain("Swimming pools stay open.");
  });
});

describe("search across both plans", () => {
  it("finds the broadband action and its priority", () => {
    const found = references("broadband");
    expect(found).toContain("CP18-3.5");
    expect(found).toContain("CP18-3");
  });

  it("finds fuel poverty in the 2018-21 delivery plan", () => {
    const found = references("fuel poverty");
    expect(found.some((reference) => /^CP18-2\.\d+$/.test(reference))).toBe(true);
  });

  it("finds the 20mph objective of the 2022-25 plan first", () => {
    expect(references("20mph")[0]).toBe("SP22-5.5");
  });

  it("forgives a typo", () => {
    expect(references("brodband")).toContain("CP18-3.5");
  });

  it("finds an item by its reference", () => {
    expect(references("CP18-2.16")[0]).toBe("CP18-2.16");
  });

  it("gives no results, not an error, for an empty or strange query", () => {
    expect(runSearch(searchIndex(graph), "   ").total).toBe(0);
    expect(runSearch(searchIndex(graph), "\u0000<script>").total).toBe(0);
  });

  it("serialises to an index the search script can load and query alike", () => {
    const loaded = MiniSearch.loadJSON<SearchDocument>(
      JSON.stringify(searchIndex(graph)),
      INDEX_OPTIONS,
    );
    expect(runSearch(loaded, "broadband").results.map((r) => r.reference)).toEqual(
      references("broadband"),
    );
  });
});

describe("snippets", () => {
  it("mark every matched word and cut the text around the first", () => {
    const text = `${"Earlier words. ".repeat(20)}Support local communities to access broadband services.`;
    const parts = snippet(text, ["broadband"], 80);
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["broadband"]);
    expect(parts[0]!.text.startsWith("…")).toBe(true);
  });

  it("mark the whole word for a prefix match", () => {
    expect(snippet("Travel by bus", ["trav"]).filter((p) => p.match)).toEqual([
      { text: "Travel", match: true },
    ]);
  });
});
