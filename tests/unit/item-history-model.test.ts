import { beforeAll, describe, expect, it } from "vitest";
import { bodySource, bodyText } from "@/lib/content/item-history/body-text";
import { parseLog } from "@/lib/content/item-history/git-log";
import { readContentHistory, type ItemHistory } from "@/lib/content/history";
import { HISTORY_FIELDS } from "@/lib/content/item-history/snapshot";
import { FIELD_LABELS } from "@/lib/site/item-history";
import { wordDifference } from "@/lib/site/word-diff";
import { issuesOf, loadWith } from "./fixture-tree";
import { HistoryRepo } from "./history-repo";

const FIRST = "plans/test-plan/priorities/01-first-priority.mdx";
const CHAPTER = "plans/test-plan/pages/how-we-work.mdx";

const priority = (actions: string, extra = "") => `---
id: first-priority
number: 1
title: We will test the first priority
planTheme: thriving-people
themes: [health]
${extra}actions:
${actions}---

The body.
`;
const action = (number: number, text: string) =>
  `  - number: ${number}\n    group: Safe lives\n    text: ${text}\n    themes: [health]\n`;

describe("the git log of content/", () => {
  it("reads additions, changes, renames and deletions with the blob after each", () => {
    const a = "a".repeat(40);
    const b = "b".repeat(40);
    const zero = "0".repeat(40);
    const log = [
      `\x1e${"1".repeat(40)}\x1f2026-01-10T10:00:00+00:00\x1fFirst\0`,
      `\n:000000 100644 ${zero} ${a} A\0content/x.mdx\0`,
      `\x1e${"2".repeat(40)}\x1f2026-02-10T10:00:00+00:00\x1fSecond\0`,
      `\n:100644 100644 ${a} ${b} R087\0content/x.mdx\0content/y.mdx\0`,
      `:100644 000000 ${b} ${zero} D\0content/z.mdx\0`,
    ].join("");
    expect(parseLog(log)).toEqual([
      {
        commit: "1".repeat(40),
        date: "2026-01-10T10:00:00+00:00",
        subject: "First",
        files: [{ path: "content/x.mdx", blob: a }],
      },
      {
        commit: "2".repeat(40),
        date: "2026-02-10T10:00:00+00:00",
        subject: "Second",
        files: [
          { path: "content/y.mdx", from: "content/x.mdx", blob: b },
          { path: "content/z.mdx", blob: null },
        ],
      },
    ]);
  });
});

describe("a body's wording", () => {
  it("is compared without drafting notes or white space at line ends", () => {
    const body =
      'One.  \n\n\n\n<DraftingNote kind="being-checked" note="a > b" />\n\nTwo <DraftingNote kind="to-be-developed">check</DraftingNote>words.\n';
    expect(bodySource(body)).toBe("One.\n\nTwo words.");
  });

  it("is read as residents read it: no notes, a neutral line where information will follow", () => {
    const body =
      '## Heading\n\nSome *emphasis* and [a link](/plans).\n\n<InformationToFollow note="to be developed" />\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n- one\n- two <DraftingNote kind="being-checked">secret</DraftingNote>\n';
    expect(bodyText(body)).toBe(
      "Heading\n\nSome emphasis and a link.\n\nInformation to follow.\n\na | b\n\n1 | 2\n\none\n\ntwo",
    );
    expect(bodyText("<Callout>\nunclosed")).toBeUndefined();
  });
});

describe("a word-level difference", () => {
  it("shows the paragraphs that changed and counts the rest", () => {
    expect(
      wordDifference("Kept.\n\nThe lead is Policy.", "Kept.\n\nThe lead is Public Health."),
    ).toEqual({
      kind: "paragraphs",
      unchanged: 1,
      paragraphs: [
        {
          index: 1,
          parts: [
            { text: "The lead is " },
            { text: "Policy", change: "removed" },
            { text: "Public Health", change: "added" },
            { text: "." },
          ],
        },
      ],
    });
  });

  it("says when only white space changed, and gives up word by word on a rewrite", () => {
    expect(wordDifference("a  b\nc", "a b c")).toEqual({ kind: "same" });
    const words = (seed: number) =>
      Array.from({ length: 2000 }, (_, i) => `w${(i * seed) % 1997}`).join(" ");
    expect(wordDifference(words(7), words(13))).toEqual({ kind: "too-many" });
  });
});

describe("histories through removals, renames, drafts and unreadable versions", () => {
  let items: ReadonlyMap<string, ItemHistory>;

  beforeAll(async () => {
    const repo = await HistoryRepo.create();
    await repo.commit("2026-01-10T10:00:00Z", {
      [FIRST]: priority(action(1, "One.") + action(2, "Two.")),
    });
    // Action 2 is taken out, and the chapter's file is renamed with its words kept.
    await repo.commit("2026-02-10T10:00:00Z", { [FIRST]: priority(action(1, "One.")) });
    repo.git("mv", `content/${CHAPTER}`, "content/plans/test-plan/pages/working.mdx");
    await repo.commit("2026-02-11T10:00:00Z", {});
    // A version the check would refuse (broken YAML) was never published: it changes nothing.
    await repo.commit("2026-03-10T10:00:00Z", { [FIRST]: "---\nid: [unclosed\n---\n" });
    await repo.commit("2026-04-10T10:00:00Z", {
      [FIRST]: priority(action(1, "One.") + action(2, "Two, again.")),
    });
    // While the priority is a draft, nothing in it is published.
    await repo.commit("2026-05-10T10:00:00Z", {
      [FIRST]: priority(action(1, "One.") + action(2, "Two, again."), "draft: true\n"),
    });
    await repo.commit("2026-06-10T10:00:00Z", {
      [FIRST]: priority(action(1, "One.") + action(2, "Two, again.")),
    });
    const history = readContentHistory(repo.root);
    if (!history.available) throw new Error("the repository has history");
    items = history.items;
  });

  const events = (key: string) =>
    items
      .get(key)!
      .versions.map((v) => `${v.day} ${v.event} ${v.changes.map((c) => c.field).join(",")}`);

  it("records a removal and a restoration, compared with the last version published", () => {
    expect(events("TP20-1.2")).toEqual([
      "2026-01-10 published ",
      "2026-02-10 removed ",
      "2026-04-10 restored text",
      "2026-05-10 removed ",
      "2026-06-10 restored ",
    ]);
  });

  it("skips a version that cannot be read, and follows a renamed file", () => {
    expect(events("TP20-1.1")).toEqual([
      "2026-01-10 published ",
      "2026-05-10 removed ",
      "2026-06-10 restored ",
    ]);
    expect(items.has(`content/${CHAPTER}`)).toBe(false);
    expect(events("content/plans/test-plan/pages/working.mdx")).toEqual(["2026-01-10 published "]);
  });
});

describe("a change note in frontmatter", () => {
  it("takes a sentence and, on its own, major or minor; anything else is refused in words", async () => {
    const withNote = (note: string) =>
      priority(action(1, "One.").replace("    themes", `${note}    themes`));
    const note = '    changeNote: "Lead changed."\n';
    expect((await loadWith({ [FIRST]: withNote(`${note}    changeKind: major\n`) })).ok).toBe(true);
    expect((await loadWith({ [FIRST]: withNote("    changeKind: minor\n") })).ok).toBe(true);
    const issues = await issuesOf(loadWith({ [FIRST]: withNote(`${note}    changeKind: huge\n`) }));
    expect(issues).toMatchObject([
      {
        field: "actions → item 1 → changeKind",
        message: "This field has a value that is not allowed.",
        expected: 'one of "major", "minor"',
      },
    ]);
  });
});

describe("the names of the fields a history records", () => {
  it("names every field of every item with a history page, never by its key", () => {
    // Other entries (services, themes) have no history page: their changes are data.
    const subjects = ["priority", "objective", "action", "chapter"] as const;
    const unnamed = subjects
      .flatMap((subject) => HISTORY_FIELDS[subject])
      .filter((field) => !Object.hasOwn(FIELD_LABELS, field));
    expect(unnamed).toEqual([]);
  });
});
