import { describe, expect, it } from "vitest";
import {
  ContentError,
  formatIssue,
  formatIssueForGithub,
  formatIssues,
  sortIssues,
  type ContentIssue,
} from "@/lib/content/issues";
import { issuesOf, loadWithBadFixture } from "./fixture-tree";

const full: ContentIssue = {
  file: "content/plans/cp18/priorities/02-safe.mdx",
  line: 12,
  column: 5,
  field: "actions → item 4 → lead",
  message: "There is no lead service 'fire'",
  expected: "the id of a file in content/services/",
  found: "fire",
  hint: "Did you mean 'fire-and-rescue-service'?",
};

describe("formatIssue", () => {
  it("names the file, line, column and field, then what is wrong and how to fix it", () => {
    expect(formatIssue(full)).toMatchInlineSnapshot(`
      "content/plans/cp18/priorities/02-safe.mdx:12:5 — actions → item 4 → lead
        There is no lead service 'fire'
        expected: the id of a file in content/services/
        found:    fire
        fix:      Did you mean 'fire-and-rescue-service'?"
    `);
  });

  it("leaves out the parts an issue does not have", () => {
    expect(formatIssue({ file: "content/site.mdx", line: 1, column: 1, message: "Broken." }))
      .toMatchInlineSnapshot(`
        "content/site.mdx:1:1
          Broken."
      `);
  });

  it("counts the problems in formatIssues and in a ContentError's message", () => {
    const one = { file: "content/a.mdx", line: 1, column: 1, message: "One." };
    expect(formatIssues([one]).split("\n")[0]).toBe("1 content problem:");
    expect(formatIssues([one, one]).split("\n")[0]).toBe("2 content problems:");
    const error = new ContentError([one, full]);
    expect(error.issues).toHaveLength(2);
    expect(error.message).toContain("2 content problems:");
    expect(error.message).toContain("content/plans/cp18/priorities/02-safe.mdx:12:5");
  });

  it("sorts by file, then line, then column, without changing its input", () => {
    const at = (file: string, line: number, column: number): ContentIssue => ({
      file,
      line,
      column,
      message: "x",
    });
    const input = [at("content/b.mdx", 1, 1), at("content/a.mdx", 9, 2), at("content/a.mdx", 9, 1)];
    const sorted = sortIssues(input);
    expect(sorted.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual([
      "content/a.mdx:9:1",
      "content/a.mdx:9:2",
      "content/b.mdx:1:1",
    ]);
    expect(input[0]!.file).toBe("content/b.mdx");
  });
});

describe("formatIssueForGithub", () => {
  it("writes an ::error workflow command with file, line and col", () => {
    expect(formatIssueForGithub(full)).toBe(
      "::error file=content/plans/cp18/priorities/02-safe.mdx,line=12,col=5::" +
        "actions → item 4 → lead: There is no lead service 'fire'. " +
        "expected the id of a file in content/services/. found fire. " +
        "Did you mean 'fire-and-rescue-service'?",
    );
  });

  it("writes just the message when there is no field, expected, found or hint", () => {
    expect(
      formatIssueForGithub({ file: "content/site.mdx", line: 1, column: 1, message: "Broken." }),
    ).toBe("::error file=content/site.mdx,line=1,col=1::Broken.");
  });

  it("escapes %, CR, LF, ':' and ',' in the file property", () => {
    const command = formatIssueForGithub({
      file: "content/pages/50%,a:b\r\nc.mdx",
      line: 3,
      column: 7,
      message: "x",
    });
    expect(command).toBe("::error file=content/pages/50%25%2Ca%3Ab%0D%0Ac.mdx,line=3,col=7::x");
  });

  it("escapes %, CR and LF in the message but keeps ':' and ',' as they are", () => {
    const command = formatIssueForGithub({
      file: "content/site.mdx",
      line: 2,
      column: 1,
      field: "siteUrl",
      message: "First line: 100% wrong,\r\nsecond line\nthird",
      hint: "Write https://example.org, not 50%",
    });
    expect(command).toBe(
      "::error file=content/site.mdx,line=2,col=1::" +
        "siteUrl: First line: 100%25 wrong,%0D%0Asecond line%0Athird. " +
        "Write https://example.org, not 50%25",
    );
  });

  it("does not double-escape: % is escaped before the sequences that contain it", () => {
    const command = formatIssueForGithub({
      file: "content/%0A.mdx",
      line: 1,
      column: 1,
      message: "%0D and %3A",
    });
    expect(command).toBe("::error file=content/%250A.mdx,line=1,col=1::%250D and %253A");
  });

  it("keeps a real issue on one line, with no doubled full stop after the message", async () => {
    const issues = await issuesOf(
      loadWithBadFixture("wrong-type-number", "plans/test-plan/priorities/03-third-priority.mdx"),
    );
    const command = formatIssueForGithub(issues[0]!);
    expect(command).not.toMatch(/[\r\n]/);
    expect(command).not.toContain("..");
    expect(command).toMatchInlineSnapshot(
      `"::error file=content/plans/test-plan/priorities/03-third-priority.mdx,line=3,col=1::number: This field must be a number. expected a number. found the text "three". Write the number without quotes, e.g. 3."`,
    );
  });
});
