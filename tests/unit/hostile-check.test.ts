import { mkdtemp, rm, symlink, writeFile, mkdir, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ContentIssue } from "@/lib/content/issues";
import { BODY_LIMITS } from "@/lib/content/body-limits";
import { MAX_PROBLEMS_PER_FILE } from "@/lib/content/parse-entry";
import { MAX_FILE_BYTES } from "@/lib/content/read-file";
import { loadSite } from "@/lib/site/load-site";
import { issuesOf, loadWith } from "./fixture-tree";

/**
 * Content an editor (or an attacker with write access) could commit that once stalled, crashed or
 * slipped past the check. Each is refused, quickly, as a problem of its own file and line. The
 * inputs are at the sizes that were measured to take seconds or crash (bench/README.md).
 */
const FILE = "plans/test-plan/pages/how-we-work.mdx";
const page = (frontmatter: string, body = "Text.\n") =>
  `---\nid: how-we-work\ntitle: How we work\norder: 1\n${frontmatter}---\n\n${body}`;
const bytesFile = async (bytes: Buffer) => issuesOf(loadWithBytes(bytes));

async function loadWithBytes(bytes: Buffer) {
  const root = await mkdtemp(path.join(os.tmpdir(), "hostile-bytes-"));
  made.push(root);
  await cp(path.resolve(import.meta.dirname, "../fixtures/minimal"), root, { recursive: true });
  await writeFile(path.join(root, "content", FILE), bytes);
  return loadSite({ root, includeDrafts: true, purpose: "check" });
}
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

const only = (issues: ContentIssue[]) => {
  expect(issues.map((issue) => issue.file)).toEqual(issues.map(() => `content/${FILE}`));
  return issues;
};

describe("hostile or broken content is refused at its file and line", () => {
  it("an unclosed [ is reported where it starts, under its own field", async () => {
    const [issue] = only(
      await issuesOf(loadWith({ [FILE]: page("broken_field: [unclosed\nsummary: fine\n") })),
    );
    expect(issue).toMatchObject({
      line: 5,
      field: "broken_field",
      hint: expect.stringContaining("never closed"),
    });
  });

  it("a YAML alias bomb is a problem of its file, not a crash", async () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(",")}]`,
      ),
    ].join("\n");
    const issues = only(await issuesOf(loadWith({ [FILE]: page(`${bomb}\n`) })));
    expect(issues[0]!.message).toContain("cannot be read");
  });

  it("10,000 unknown fields give one problem each for the first ones, then a count", async () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `field${i}: x`).join("\n");
    const issues = only(await issuesOf(loadWith({ [FILE]: page(`${keys}\n`) })));
    expect(issues).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(issues[0]).toMatchObject({
      line: 5,
      field: "field0",
      message: "Unknown field: field0.",
    });
    expect(issues.at(-1)!.message).toBe(
      `…and ${10_000 - MAX_PROBLEMS_PER_FILE} more problems in this file, not listed.`,
    );
  });

  it.each([
    [
      "a run of 20,000 asterisks",
      `${"*".repeat(20_000)}x${"*".repeat(20_000)}\n`,
      `repeated 20000 times in a row; the limit is ${BODY_LIMITS.markerRun}`,
    ],
    [
      "a list nested 200 deep",
      `${Array.from({ length: 200 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")}\n`,
      `the limit is ${BODY_LIMITS.indent}`,
    ],
    [
      "block quotes nested 100 deep",
      `${"> ".repeat(100)}deep\n`,
      `the limit is ${BODY_LIMITS.quoteDepth}`,
    ],
    [
      "a paragraph of 40 KB of nested * and _",
      `Fine.\n\n${`${"*_".repeat(31)}x${"_*".repeat(31)} `.repeat(320)}\n`,
      `of the characters * _ [ ]; the limit is ${BODY_LIMITS.paragraphMarkers}`,
    ],
    [
      'a paragraph of 80 KB of unclosed "[a]("',
      `${"[a](".repeat(20_000)}\n`,
      `of the characters * _ [ ]; the limit is ${BODY_LIMITS.paragraphMarkers}`,
    ],
    [
      "a body of 300 KB",
      `${"Words and more words. ".repeat(14_000)}\n`,
      `the limit is ${BODY_LIMITS.bytes / 1000} KB`,
    ],
  ])("%s is refused before it is parsed", async (_, body, message) => {
    const [issue, ...rest] = only(await issuesOf(loadWith({ [FILE]: page("", body) })));
    expect(rest).toEqual([]);
    expect(issue!.message).toContain(message);
    expect(issue!.line).toBeGreaterThan(0);
  });

  it("names the line where a crowded paragraph starts", async () => {
    const body = `Fine.\n\n${"*a* ".repeat(201)}\n`;
    const [issue] = only(await issuesOf(loadWith({ [FILE]: page("", body) })));
    // The frontmatter is 5 lines, the body starts after a blank line: line 7, 8, then the paragraph.
    expect(issue).toMatchObject({ line: 9, column: 1 });
  });

  it("a reference-style link to a page that does not exist is refused like an inline one", async () => {
    const issues = only(
      await issuesOf(
        loadWith({ [FILE]: page("", "See [the plan][m].\n\n[m]: /plans/no-such-plan\n") }),
      ),
    );
    expect(issues).toMatchObject([{ line: 9, found: "/plans/no-such-plan" }]);
  });

  it.each(["java&#9;script:alert(1)", "JAVA\tSCRIPT:alert(1)", " data:text/html,x"])(
    "the unsafe address %j is refused, in a definition too",
    async (address) => {
      const issues = only(
        await issuesOf(loadWith({ [FILE]: page("", `[a][m]\n\n[m]: <${address}>\n`) })),
      );
      expect(issues[0]!.message).toMatch(/cannot use (javascript|data): addresses/);
    },
  );

  it("invalid UTF-8 is refused at the line of the bad byte", async () => {
    const text = Buffer.from(page("", "Good line.\nBad \xff byte.\n"), "latin1");
    expect(only(await bytesFile(text))).toMatchObject([
      { line: 8, message: expect.stringContaining("not UTF-8") },
    ]);
  });

  it.each([
    ["NUL", "\u0000"],
    ["right-to-left override", "\u202e"],
  ])("a %s in a title is refused", async (_, character) => {
    const text = page("").replace("title: How we work", `title: How we${character} work`);
    expect(only(await issuesOf(loadWith({ [FILE]: text })))).toMatchObject([
      { line: 3, column: 14 },
    ]);
  });

  it("a 5 MB summary is refused by the file's size, before it is parsed", async () => {
    const text = page(`summary: "${"x".repeat(5_000_000)}"\n`);
    expect(only(await issuesOf(loadWith({ [FILE]: text })))).toMatchObject([
      { line: 1, message: expect.stringContaining(`the limit is ${MAX_FILE_BYTES / 1000} KB`) },
    ]);
  });

  it("a symbolic link is refused by name, not skipped", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "hostile-link-"));
    made.push(root);
    await cp(path.resolve(import.meta.dirname, "../fixtures/minimal"), root, { recursive: true });
    await mkdir(path.join(root, "elsewhere"));
    await writeFile(path.join(root, "elsewhere", "x.mdx"), page(""));
    await symlink(
      path.join(root, "elsewhere", "x.mdx"),
      path.join(root, "content/plans/test-plan/pages/linked.mdx"),
    );
    const result = await loadSite({ root, includeDrafts: true, purpose: "check" });
    expect(result.ok ? [] : result.issues).toMatchObject([
      {
        file: "content/plans/test-plan/pages/linked.mdx",
        message: expect.stringContaining("symbolic link"),
      },
    ]);
  });
});
