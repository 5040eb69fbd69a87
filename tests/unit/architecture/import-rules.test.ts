import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { LAYERS } from "../../../eslint.config.mjs";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: ROOT });

type Layer = string;
const LAYER_NAMES: Layer[] = Object.keys(LAYERS);

/** The rules that fire on `code` as if it were the file at `file` (relative to the root). */
async function rulesFiredOn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

/** A file linted as if it were in `layer`: a new file in a folder, or the top-level file itself. */
function fixtureIn(layer: Layer): string {
  return layer.endsWith(".ts") ? layer : `${layer}/lint-fixture.ts`;
}

/** A real module of each layer, for an import of it to resolve. */
const MODULE_OF: Readonly<Record<Layer, string>> = {
  "lib/content": "@/lib/content/nearest",
  "lib/site": "@/lib/site/urls",
  "lib/search": "@/lib/search/snippet",
  "lib/render": "@/lib/render/html",
  components: "@/components/content/Tag",
  "lib/server": "@/lib/server/cache-control",
  "lib/client": "@/lib/client/search-island",
  "lib/editor": "@/lib/editor/phrases",
  "lib/cli": "@/lib/cli/content-report",
  app: "@/app/search/route",
  "proxy.ts": "@/proxy",
  "next.config.ts": "@/next.config",
};

describe("what each layer may import (eslint.config.mjs)", () => {
  it("is what docs/architecture.md says", () => {
    const doc = readFileSync(path.join(ROOT, "docs/architecture.md"), "utf8");
    const section = doc.split("## What each folder may import")[1]?.split("\n## ")[0] ?? "";
    const documented = Object.fromEntries(
      [...section.matchAll(/^\| `([^`]+)` +\|([^|]*)\|/gm)].map(([, layer, allowed]) => [
        layer!.replace(/\/$/, ""),
        [...allowed!.matchAll(/`([^`]+)`/g)].map(([, name]) => name!.replace(/\/$/, "")),
      ]),
    );
    expect(documented).toEqual(LAYERS);
  });

  it("has a module of every layer to import", () => {
    expect(Object.keys(MODULE_OF).sort()).toEqual([...LAYER_NAMES].sort());
  });

  it("leaves no file or folder of lib/ and components/ outside a layer", () => {
    const folders = ["lib", "components"].flatMap((top) =>
      readdirSync(path.join(ROOT, top), { withFileTypes: true }).map((entry) =>
        entry.isDirectory() && top === "lib" ? `lib/${entry.name}` : top,
      ),
    );
    // next-env.d.ts is Next's, written by a build.
    const codeAtTop = readdirSync(ROOT).filter(
      (name) => /^[^.].*\.(ts|tsx|mjs)$/.test(name) && name !== "next-env.d.ts",
    );
    const fenced = new Set<string>(LAYER_NAMES);
    expect([...folders, ...codeAtTop].filter((name) => !fenced.has(name))).toEqual([
      // The linter's own configuration, which holds the table.
      "eslint.config.mjs",
    ]);
  });

  const pairs = LAYER_NAMES.flatMap((layer) =>
    LAYER_NAMES.filter((other) => other !== layer).map((other) => [layer, other] as const),
  );
  const refused = pairs.filter(([layer, other]) => !LAYERS[layer]!.includes(other));
  const allowed = pairs.filter(([layer, other]) => LAYERS[layer]!.includes(other));

  it.each(refused)("refuses, in %s, an import of %s", async (layer, other) => {
    const code = `import "${MODULE_OF[other]}";\n`;
    expect(await rulesFiredOn(fixtureIn(layer), code)).toContain("import/no-restricted-paths");
  });

  it.each(allowed)("lets %s import %s", async (layer, other) => {
    const code = `import "${MODULE_OF[other]}";\n`;
    expect(await rulesFiredOn(fixtureIn(layer), code)).toEqual([]);
  });

  it("refuses a relative import across layers as an aliased one", async () => {
    const code = 'import { urls } from "../site/urls";\nexport const x = urls;\n';
    expect(await rulesFiredOn("lib/content/lint-fixture.ts", code)).toContain(
      "import/no-restricted-paths",
    );
  });

  it("lets a layer import itself and packages", async () => {
    const code =
      'import { nearest } from "./nearest";\nimport { parseDocument } from "yaml";\nexport const x = [nearest, parseDocument];\n';
    expect(await rulesFiredOn("lib/content/lint-fixture.ts", code)).toEqual([]);
  });

  it.each(["charts", "content", "history", "layout", "mdx", "progress", "search"])(
    "refuses, in components/%s, a page's view",
    async (folder) => {
      const code =
        'import { PAGE_VIEWS } from "@/components/pages/views";\nexport const x = PAGE_VIEWS;\n';
      expect(await rulesFiredOn(`components/${folder}/LintFixture.tsx`, code)).toContain(
        "import/no-restricted-paths",
      );
    },
  );

  it("refuses, in components/, the server's mode: a component is told it", async () => {
    const code = 'import { isPreview } from "@/lib/site/preview";\nexport const x = isPreview;\n';
    expect(await rulesFiredOn("components/content/LintFixture.tsx", code)).toContain(
      "import/no-restricted-paths",
    );
  });

  it.each([
    ["lib/content", "react"],
    ["lib/content", "next/server"],
    ["lib/content", "mdx-bundler/client"],
    ["lib/site", "react"],
    ["lib/site", "react-dom/server"],
    ["lib/search", "react"],
    ["lib/search", "node:fs"],
    ["lib/client", "react"],
    ["lib/client", "node:path"],
    ["lib/server", "react-dom/server"],
  ])("refuses, in %s, the package %s", async (folder, name) => {
    const code = `import "${name}";\n`;
    expect(await rulesFiredOn(`${folder}/lint-fixture.ts`, code)).toContain(
      "no-restricted-imports",
    );
  });
});

describe("no import cycles (eslint-rules/no-import-cycles.mjs)", () => {
  it.each([
    // field-path.ts ← source-file.ts: a value import back makes a cycle of two.
    ["lib/content/field-path.ts", 'import "./source-file";\n'],
    // A type-only import counts: the cycles this rule was written for were types.
    ["lib/content/compiled-mdx.ts", 'import type { CompileResult } from "./compile-mdx";\n'],
    // Through several files, by the alias: hidden-characters.ts ← source-file.ts ← … ← load.ts.
    ["lib/content/hidden-characters.ts", 'import "@/lib/content/load";\n'],
  ])("refuses, in %s, %s", async (file, code) => {
    expect(await rulesFiredOn(file, code)).toContain("architecture/no-import-cycles");
  });

  it("names every file of the cycle", async () => {
    const [result] = await eslint.lintText('import "./mdx-cache";\nimport "./compile-mdx";\n', {
      filePath: path.join(ROOT, "lib/content/compiled-mdx.ts"),
    });
    expect(result?.messages.map((message) => message.message)).toEqual([
      "This import makes a cycle: lib/content/compiled-mdx.ts → lib/content/mdx-cache.ts → lib/content/compiled-mdx.ts. Move what the files share into a file of its own that both import.",
      "This import makes a cycle: lib/content/compiled-mdx.ts → lib/content/compile-mdx.ts → lib/content/compiled-mdx.ts. Move what the files share into a file of its own that both import.",
    ]);
  });

  it("lets a file import what does not lead back to it", async () => {
    const code =
      'import { formatFieldPath } from "./field-path";\nexport const x = formatFieldPath;\n';
    expect(await rulesFiredOn("lib/content/source-file-fixture.ts", code)).toEqual([]);
  });
});
