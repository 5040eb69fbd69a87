import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describePage, htmlPages } from "@/lib/site/pages";
import { loadWith } from "./fixture-tree";

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
