import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: ROOT });

/** The rules that fire on `code` as if it were the file at `file` (relative to the root). */
async function rulesFiredOn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe("what each folder may import (eslint.config.mjs)", () => {
  it.each([
    [
      'import { urls } from "../site/urls";\nexport const x = urls;\n',
      "import/no-restricted-paths",
    ],
    [
      'import { sitemapPaths } from "@/lib/site/pages";\nexport const x = sitemapPaths;\n',
      "import/no-restricted-paths",
    ],
    [
      'import { mdxComponents } from "../../components/mdx/MDXComponents";\nexport const x = mdxComponents;\n',
      "import/no-restricted-paths",
    ],
    [
      'import { GET } from "@/app/search/route";\nexport const x = GET;\n',
      "import/no-restricted-paths",
    ],
    [
      'import { createElement } from "react";\nexport const x = createElement;\n',
      "no-restricted-imports",
    ],
    [
      'import type { NextRequest } from "next/server";\nexport type X = NextRequest;\n',
      "no-restricted-imports",
    ],
  ])("refuses, in lib/content/, %s", async (code, rule) => {
    expect(await rulesFiredOn("lib/content/lint-fixture.ts", code)).toContain(rule);
  });

  it("lets the content model import itself and packages", async () => {
    const code =
      'import { nearest } from "./nearest";\nimport { parseDocument } from "yaml";\nexport const x = [nearest, parseDocument];\n';
    expect(await rulesFiredOn("lib/content/lint-fixture.ts", code)).toEqual([]);
  });

  it("refuses a component that imports a route handler", async () => {
    const code = 'import { GET } from "@/app/search/route";\nexport const x = GET;\n';
    expect(await rulesFiredOn("components/pages/LintFixture.tsx", code)).toContain(
      "import/no-restricted-paths",
    );
  });

  it("lets the site layer import the content model and components", async () => {
    const code =
      'import { nearest } from "../content/nearest";\nimport { MDX_COMPONENT_NAMES } from "./mdx-names";\nexport const x = [nearest, MDX_COMPONENT_NAMES];\n';
    expect(await rulesFiredOn("lib/site/lint-fixture.ts", code)).toEqual([]);
  });
});
