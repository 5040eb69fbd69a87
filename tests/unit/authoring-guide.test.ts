import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { MDX_COMPONENT_NAMES as allowedMdxComponents } from "@/lib/site/mdx-names";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { compileMdx } from "@/lib/content/compile-mdx";
import { formatIssues } from "@/lib/content/issues";
import { loadSite } from "@/lib/site/load-site";
import { actionSchema, objectiveSchema, prioritySchema } from "@/lib/content/schemas/priority";
import { loadWith } from "./fixture-tree";

/**
 * docs/authoring.md must not rot: every ```mdx example in it compiles as the site compiles content,
 * every link in the examples goes somewhere real, and every ```yaml example is valid frontmatter.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const GUIDE = "docs/authoring.md";

interface Block {
  lang: string;
  code: string;
  /** The line of the opening fence in the guide, for messages. */
  line: number;
}

/** Fenced code blocks (``` or ~~~, possibly indented in a list) with their language. */
function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^( *)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[index]!);
    if (!open) continue;
    const [, indent = "", fence = "", lang = ""] = open;
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length; end++) {
      const line = lines[end]!;
      if (
        line.trim().startsWith(fence[0]!.repeat(fence.length)) &&
        line.trim().replace(/[`~]/g, "") === ""
      )
        break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ lang, code: `${body.join("\n")}\n`, line: index + 1 });
    index = end;
  }
  return blocks;
}

const guide = await readFile(path.join(ROOT, GUIDE), "utf8");
const blocks = fencedBlocks(guide);
const mdx = blocks.filter((block) => block.lang === "mdx");
const isWholeFile = (block: Block) => block.code.startsWith("---\n");
const bodies = mdx.filter((block) => !isWholeFile(block));
const wholeFiles = mdx.filter(isWholeFile);
const where = (block: Block) => `${GUIDE}:${block.line}`;

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe(`the examples in ${GUIDE}`, () => {
  it("finds the examples, and shows every allowed component", () => {
    expect(bodies.length).toBeGreaterThan(0);
    for (const name of allowedMdxComponents) {
      expect(
        bodies.some((block) => block.code.includes(`<${name}`)),
        `${GUIDE} has no \`\`\`mdx example of <${name}>: add one to "Components you can use".`,
      ).toBe(true);
    }
  });

  it.each(bodies.map((block) => [where(block), block] as const))(
    "compiles the MDX example at %s",
    async (_where, block) => {
      const result = await compileMdx(block.code, MDX_COMPONENT_NAMES);
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );

  it.each(wholeFiles.map((block) => [where(block), block] as const))(
    "loads the whole-file example at %s as a page of the minimal content tree",
    async (_where, block) => {
      // Whole-file examples are chapter pages: their frontmatter names no other entry, so they fit
      // the minimal tree as they are.
      const id = /^id:\s*(\S+)\s*$/m.exec(block.code)?.[1];
      expect(id, "a whole-file example needs an id").toBeDefined();
      const result = await loadWith({ [`plans/test-plan/pages/${id}.mdx`]: block.code });
      if (!result.ok) throw new Error(formatIssues(result.issues));
      expect(result.graph.plans[0]!.pages.map((page) => page.id)).toContain(id);
    },
  );

  it("links only to pages and sections that exist on the site", async () => {
    // Each body example becomes a draft chapter of a copy of the real content, which is then loaded
    // the way the content check loads it: that follows every internal link, #anchors included.
    const root = await mkdtemp(path.join(os.tmpdir(), "authoring-guide-"));
    made.push(root);
    await cp(path.join(ROOT, "content"), path.join(root, "content"), { recursive: true });
    const pages = path.join(root, "content/plans/corporate-plan-2018-21/pages");
    await Promise.all(
      bodies.map((block) =>
        writeFile(
          path.join(pages, `authoring-guide-line-${block.line}.mdx`),
          `---\nid: authoring-guide-line-${block.line}\ntitle: Example\norder: 99\ndraft: true\n---\n\n${block.code}`,
        ),
      ),
    );
    const result = await loadSite({ root, includeDrafts: true, purpose: "render" });
    if (!result.ok) throw new Error(formatIssues(result.issues));
    expect(bodies.some((block) => /\]\(\/[^)]*#/.test(block.code))).toBe(true);
  });

  it.each(
    blocks.filter((block) => block.lang === "yaml").map((block) => [where(block), block] as const),
  )("has valid frontmatter in the YAML example at %s", (_where, block) => {
    const data: unknown = parseYaml(block.code);
    // A list is a list of actions. Anything else is a few fields of a priority, an objective or an
    // action: it must fit one of them.
    const items = Array.isArray(data) ? data : [data];
    const schemas = Array.isArray(data)
      ? [actionSchema]
      : [prioritySchema.partial(), objectiveSchema.partial(), actionSchema.partial()];
    for (const item of items) {
      const results = schemas.map((schema) => schema.safeParse(item));
      expect(
        results.some((result) => result.success),
        JSON.stringify(results.map((result) => result.error?.issues)),
      ).toBe(true);
      const { lead, themes } = item as { lead?: string | string[]; themes?: string[] };
      for (const service of [lead ?? []].flat()) {
        expect(existsSync(path.join(ROOT, "content/services", `${service}.mdx`)), service).toBe(
          true,
        );
      }
      for (const theme of themes ?? []) {
        expect(existsSync(path.join(ROOT, "content/themes", `${theme}.mdx`)), theme).toBe(true);
      }
    }
  });
});
