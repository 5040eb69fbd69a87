import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Mdx } from "@/components/content/Mdx";
import { checkMdx, compileMdx, type CompileResult } from "@/lib/content/compile-mdx";
import { parseSourceFile } from "@/lib/content/source-file";

/**
 * `npm run content:check` checks bodies with checkMdx, which stops before code generation; the pages
 * use compileMdx. Both must find the same problems, headings, links, drafting notes and figures in
 * every body, or the check could pass content the build refuses.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const bodiesUnder = (folder: string) =>
  readdirSync(path.join(ROOT, folder), { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const file = `${folder}/${name}`;
      const parsed = parseSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"));
      return { file, body: "source" in parsed ? parsed.source.body : "" };
    });

/** A run-unique line, so neither function is answered from a cache the other one filled. */
const unique = (body: string) => `${body}\n\nTest run ${crypto.randomUUID()}.\n`;

const withoutCode = (result: CompileResult) =>
  result.ok ? { ok: true, ...result.compiled, code: undefined } : result;

describe("checking a body finds what compiling it finds", () => {
  it.each([...bodiesUnder("content"), ...bodiesUnder("tests/fixtures/bad")])(
    "$file",
    async ({ body }) => {
      const text = unique(body);
      const checked = await checkMdx(text, MDX_COMPONENT_NAMES);
      // The check's cache entry has no code, so this compiles the body afresh.
      const compiled = await compileMdx(text, MDX_COMPONENT_NAMES);
      expect(withoutCode(checked)).toEqual(withoutCode(compiled));
      if (checked.ok && compiled.ok) {
        expect(checked.compiled.code).toBeNull();
        expect(compiled.compiled.code).toMatch(/\S/);
      }
    },
  );

  it("a body that was only checked is never rendered as empty", async () => {
    const checked = await checkMdx(unique("Only checked."), MDX_COMPONENT_NAMES);
    if (!checked.ok) throw new Error("the body should be valid");
    expect(() =>
      renderToStaticMarkup(createElement(Mdx, { body: checked.compiled, preview: false })),
    ).toThrow(/only checked/);
  });

  it("an empty body needs no code in either case", async () => {
    for (const result of [
      await checkMdx("\n\n", MDX_COMPONENT_NAMES),
      await compileMdx("\n\n", MDX_COMPONENT_NAMES),
    ]) {
      expect(result).toMatchObject({ ok: true, compiled: { code: "" } });
    }
  });
});

/** The words the compiler records of a body written as these lines. */
async function wordsOf(lines: readonly string[]): Promise<string> {
  const result = await compileMdx(lines.join("\n"), MDX_COMPONENT_NAMES);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.compiled.words;
}

describe("a body's words, as residents read them (what search finds of it)", () => {
  it("keeps the words of headings, paragraphs, links and tables, and no markup or address", async () => {
    expect(
      await wordsOf([
        "## Roads *and* paths",
        "",
        "We will mend [the A40](https://example.org/a40) &amp; its verges.",
        "",
        "| Year | Miles |",
        "| ---- | ----- |",
        "| 2023 | 12    |",
      ]),
    ).toBe("Roads and paths\n\nWe will mend the A40 & its verges.\n\nYear | Miles\n\n2023 | 12");
  });

  it("leaves drafting notes out and reads Information to follow where the council wrote it", async () => {
    expect(
      await wordsOf([
        'We will <DraftingNote kind="being-checked" note="check with finance">spend</DraftingNote> well.',
        "",
        '<DraftingNote kind="to-be-developed">A secret paragraph.</DraftingNote>',
        "",
        "<InformationToFollow />",
      ]),
    ).toBe("We will well.\n\nInformation to follow.");
  });
});
