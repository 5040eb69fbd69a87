import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderView } from "@/lib/render/respond";
import { describePage, htmlPages } from "@/lib/site/pages";
import { loadWith } from "./fixture-tree";
import { testFacts } from "./build-facts-fixture";

const MINIMAL_CONTENT = path.resolve(import.meta.dirname, "../fixtures/minimal/content");
/** Every file of the minimal fixture, named as the graph names them. */
const contentFiles = new Set(
  readdirSync(MINIMAL_CONTENT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map(
      (entry) =>
        `content/${path.relative(MINIMAL_CONTENT, path.join(entry.parentPath, entry.name))}`,
    ),
);

describe("the content files a page declares it is made of", () => {
  it("are content files, and include the file it is the page of", async () => {
    const result = await loadWith({});
    if (!result.ok) throw new Error("the fixture does not load");
    for (const page of htmlPages(result.graph)) {
      const { source, files } = describePage(page);
      for (const file of files) expect(contentFiles.has(file), `${page.path}: ${file}`).toBe(true);
      if (source !== null) expect(files, page.path).toContain(source);
    }
  });

  it("date a plan's progress page by its plan, priorities and themes", async () => {
    const result = await loadWith({});
    if (!result.ok) throw new Error("the fixture does not load");
    const page = htmlPages(result.graph).find((candidate) => candidate.kind === "planProgress")!;
    const plan = result.graph.plans.find((candidate) => page.path.includes(candidate.id))!;
    expect(describePage(page).files).toEqual(
      expect.arrayContaining([
        plan.file,
        ...plan.priorities.map((priority) => priority.file),
        ...result.graph.themes.map((theme) => theme.file),
      ]),
    );
  });
});

const FACTS = testFacts();

/** A word no fixture holds, put into a file's own words to see which pages show them. */
const MARK = "Zqxmark";

/**
 * The file with its own words marked: its body, and the text fields that are the council's words
 * about an item (a commitment, an action's or objective's text, a description, a vision). Names and
 * titles are left alone: a page names other pages (breadcrumbs, tags, neighbours) without being
 * made of them, and its "last updated" must not move when a neighbour is renamed.
 */
function markWords(text: string): string {
  const fields = /^(\s*(?:- )?(?:text|commitment|description|vision): )(.*)$/gm;
  return `${text.replace(fields, `$1$2 ${MARK}`).trimEnd()}\n\n${MARK} body.\n`;
}

describe("the files a page is made of, checked against what its view shows", () => {
  // One load and render of every page per file of the fixture: the fixture is small on purpose.
  it.each([...contentFiles].map((file) => file.slice("content/".length)))(
    "every page that shows the words of %s names it among its files",
    async (file) => {
      const marked = markWords(readFileSync(path.join(MINIMAL_CONTENT, file), "utf8"));
      const result = await loadWith({ [file]: marked });
      if (!result.ok) throw new Error(`the marked ${file} does not load`);
      const showing = htmlPages(result.graph)
        // An item's history and dated citations show its versions from git, not today's file.
        .filter(
          (page) => describePage(page).historyOf === undefined || page.kind !== "datedReference",
        )
        .filter((page) =>
          renderToStaticMarkup(
            renderView(result.graph, page, new URLSearchParams(), FACTS),
          ).includes(MARK),
        );
      expect(showing.length, `no page shows the words of ${file}`).toBeGreaterThan(0);
      for (const page of showing) {
        expect(describePage(page).files, `${page.path} shows ${file}`).toContain(`content/${file}`);
      }
    },
  );
});
