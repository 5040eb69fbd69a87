import { readdir } from "node:fs/promises";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ContentProblemsPage } from "@/components/pages/ContentProblemsPage";
import { readContentTree } from "@/lib/editor/content-tree";
import { collectionsOf } from "@/lib/editor/decap-config";
import { editorAddressOf } from "@/lib/site/editor-entry-address";

const root = path.resolve(import.meta.dirname, "../../..");

describe("links from a content file to its form in the editor", () => {
  it("every content file opens in a collection the editor has, at its own entry", async () => {
    const names = new Set(collectionsOf(await readContentTree(root)).map((c) => c.name));
    const files = (await readdir(path.join(root, "content"), { recursive: true }))
      .filter((file) => file.endsWith(".mdx"))
      .map((file) => `content/${file.split(path.sep).join("/")}`);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const address = editorAddressOf(file);
      expect(address, file).toMatch(/^\/admin#\/collections\/[^/]+\/entries\/[^/]+$/);
      const [, collection, entry] = /collections\/([^/]+)\/entries\/(.+)$/.exec(address!)!;
      expect(names.has(collection!), `${file}: ${collection}`).toBe(true);
      expect(file.endsWith(`/${entry}.mdx`) || file.endsWith(`/${entry}/plan.mdx`), file).toBe(
        true,
      );
    }
  });

  it.each([
    ["content/site.mdx", "/admin#/collections/site/entries/site"],
    [
      "content/plans/corporate-plan-2018-21/plan.mdx",
      "/admin#/collections/plans/entries/corporate-plan-2018-21",
    ],
    [
      "content/plans/corporate-plan-2018-21/priorities/02-safe-healthy-lives.mdx",
      "/admin#/collections/corporate-plan-2018-21-priorities/entries/02-safe-healthy-lives",
    ],
    ["content/services/ict.mdx", "/admin#/collections/services/entries/ict"],
    ["content/published-urls.txt", undefined],
    ["content/plans/x/notes/a.mdx", undefined],
    ["content/elsewhere/a.mdx", undefined],
    ["app/page.mdx", undefined],
  ])("%s → %s", (file, address) => {
    expect(editorAddressOf(file)).toBe(address);
  });
});

describe("the preview's list of content problems", () => {
  it("shows each problem in the check's words with a link to its form, and no stack trace", () => {
    const html = renderToStaticMarkup(
      <ContentProblemsPage
        stylesheet="/assets/site.css?v=1"
        issues={[
          {
            file: "content/services/ict.mdx",
            line: 3,
            column: 1,
            field: "name",
            message: "This field is required.",
            expected: "text",
            found: "nothing (the field is missing)",
            hint: "Add the field name with text.",
          },
          { file: "content/published-urls.txt", line: 9, column: 1, message: "Gone." },
        ]}
      />,
    );
    expect(html).toContain("<title>Content problems (2 problems) – local preview</title>");
    expect(html).toContain("<h1>The content has 2 problems</h1>");
    for (const text of [
      "This field is required.",
      "<dt>Field</dt><dd>name</dd>",
      "<dt>Expected</dt><dd>text</dd>",
      "<dt>Found</dt><dd>nothing (the field is missing)</dd>",
      "<dt>How to fix it</dt><dd>Add the field name with text.</dd>",
      '<a href="/admin#/collections/services/entries/ict">Open this file in the editor</a>',
      ", line 9</h2><p>Gone.</p>",
    ])
      expect(html).toContain(text);
    expect(html.match(/Open this file in the editor/g)).toHaveLength(1);
    expect(html).not.toMatch(/\bat \w+ \(|\.tsx?:\d+:\d+|Error:/);
  });
});
