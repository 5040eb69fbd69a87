import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { checkMdx } from "@/lib/content/compile-mdx";
import { issuesOf, loadWith } from "./fixture-tree";
import { FIRST, firstPriorityWith, loadWithProgress } from "./progress-fixture";

/**
 * Characters that hide or reverse text are refused however they are written: typed into the file
 * (the raw-text check) or written as a YAML escape that decodes to one (`"\u202E"`), which the
 * raw text does not show. Each is reported with its file, line and field.
 */
const PAGE = "plans/test-plan/pages/how-we-work.mdx";
const page = (title: string, body = "Text.\n") =>
  `---\nid: how-we-work\ntitle: ${title}\norder: 1\n---\n\n${body}`;

describe("a hidden character written as a YAML escape", () => {
  it.each([
    ["a right-to-left override", String.raw`\u202E`, "U+202E"],
    ["NUL", String.raw`\x00`, "U+0000"],
    ["an escape (terminal control)", String.raw`\x1b`, "U+001B"],
    ["YAML's own \\e", String.raw`\e`, "U+001B"],
    ["a zero-width space", String.raw`\u200B`, "U+200B"],
    ["a Unicode tag", String.raw`\U000E0041`, "U+E0041"],
    ["an unpaired surrogate", String.raw`\uD800`, "U+D800"],
    ["a non-character", String.raw`\uFFFF`, "U+FFFF"],
  ])("%s is refused at the escape, with its field", async (_, escape, code) => {
    const issues = await issuesOf(loadWith({ [PAGE]: page(`"How we${escape} work"`) }));
    expect(issues).toEqual([
      {
        file: `content/${PAGE}`,
        line: 3,
        column: 15,
        field: "title",
        message: `The text holds an invisible character (${code}) that can hide or reverse what residents read.`,
        found: `${code}, written as ${escape}`,
        hint: `Delete ${escape}: it stands for that invisible character.`,
      },
    ]);
  });

  it("deep in a progress update, is placed on the line of the escape", async () => {
    const updates = `    updates:\n      - date: 2026-04-01\n        status: on-track\n        summary: "Begun, and\n          then \\x1b[2J wiped."\n`;
    const issues = await issuesOf(loadWithProgress({ [FIRST]: firstPriorityWith(updates) }));
    const line =
      firstPriorityWith(updates).split("\n").indexOf('          then \\x1b[2J wiped."') + 1;
    expect(issues).toMatchObject([
      {
        file: `content/${FIRST}`,
        line,
        column: 16,
        field: "actions → item 1 → updates → item 1 → summary",
        found: "U+001B, written as \\x1b",
      },
    ]);
  });

  it("in a field's name is refused too", async () => {
    const text = page("How we work").replace("order: 1", '"or\\u202Eder": 1');
    expect(await issuesOf(loadWith({ [PAGE]: text }))).toMatchObject([
      { line: 4, column: 4, found: "U+202E, written as \\u202E" },
    ]);
  });

  it("each one in a file is reported, not just the first", async () => {
    const text = page(String.raw`"a\u202Eb"`).replace("order: 1", 'order: 1\nsummary: "c\\x07d"');
    expect(await issuesOf(loadWith({ [PAGE]: text }))).toMatchObject([
      { line: 3, field: "title" },
      { line: 5, field: "summary" },
    ]);
  });
});

describe("text that only looks like a hidden character", () => {
  it.each([
    ["an escaped backslash before u202E", String.raw`"How we \\u202E work"`],
    ["a single-quoted escape, which YAML does not decode", String.raw`'How we \u202E work'`],
    ["a zero-width joiner inside an emoji", '"Family 👩‍👧 hubs"'],
    ["tabs and line breaks", String.raw`"How\twe\nwork"`],
  ])("%s is accepted", async (_, title) => {
    const result = await loadWith({ [PAGE]: page(title) });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("a byte-order mark that starts the file is accepted; one inside the text is not", async () => {
    const accepted = await loadWith({ [PAGE]: `\uFEFF${page("How we work")}` });
    expect(accepted.ok ? [] : accepted.issues).toEqual([]);
    expect(
      await issuesOf(loadWith({ [PAGE]: page("How we work", "Text\uFEFF here.\n") })),
    ).toMatchObject([{ line: 7, column: 5, found: "U+FEFF" }]);
  });
});

describe("a hidden character typed into a body", () => {
  it.each([
    ["a zero-width space", "\u200b", "U+200B"],
    ["a left-to-right mark", "\u200e", "U+200E"],
    ["a C1 control", "\u0085", "U+0085"],
  ])("%s is refused where it is", async (_, character, code) => {
    const issues = await issuesOf(
      loadWith({ [PAGE]: page("How we work", `Fine.\n\nHidden${character} here.\n`) }),
    );
    expect(issues).toMatchObject([{ line: 9, column: 7, found: code }]);
  });
});

describe("the importer", () => {
  it("refuses a summary holding a hidden character through the check it shares with the site", async () => {
    const result = await checkMdx("Done \u0001\u0007\u001b[2J.", MDX_COMPONENT_NAMES);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ line: 1, column: 6, message: expect.stringContaining("(U+0001)") }],
    });
  });

  const made: string[] = [];
  afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("writes nothing when a row's summary holds one", async () => {
    const ROOT = path.resolve(import.meta.dirname, "../..");
    const copy = await mkdtemp(path.join(os.tmpdir(), "hidden-import-"));
    made.push(copy);
    await cp(path.join(ROOT, "tests/fixtures/progress-site/content"), path.join(copy, "content"), {
      recursive: true,
    });
    const file = path.join(copy, "content", FIRST);
    const before = await readFile(file, "utf8");
    const sheet = path.join(copy, "updates.csv");
    await writeFile(
      sheet,
      `reference,date,status,percent,summary\nTP20-1.2,2020-05-15,at-risk,15,"Waiting \u0001\u0007\u001b[2J for funding."\n`,
    );
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "lib/cli/import-updates.ts", `--root=${copy}`, sheet],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain("U+0001");
    expect(await readFile(file, "utf8")).toBe(before);
  });
});
