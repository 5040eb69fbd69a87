import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSeq, parseDocument, type YAMLSeq } from "yaml";
import { splitFrontmatter } from "@/lib/content/frontmatter-split";
import { allOneOrManyPaths } from "@/lib/editor/admin-page";
import {
  BODY_FIELD,
  fromFile,
  SOURCE_FIELD,
  toFile,
  type EntryData,
} from "@/lib/editor/mdx-format";

const options = { oneOrMany: allOneOrManyPaths() };
const root = path.resolve(import.meta.dirname, "../../..");
const contentFiles = (readdirSync(path.join(root, "content"), { recursive: true }) as string[])
  .filter((file) => file.endsWith(".mdx"))
  .map((file) => path.join("content", file))
  .sort();
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** What the editor hands back: the data after a trip through the browser (plain JSON). */
const open = (text: string): EntryData => JSON.parse(JSON.stringify(fromFile(text, options)));
const save = (data: EntryData) => toFile(data, options);

/** The lines that differ between two texts of the same length in lines, as [old, new]. */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split("\n");
  const b = after.split("\n");
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [[line, b[index]!]]));
}

const PRIORITY = "content/plans/corporate-plan-2018-21/priorities/02-safe-healthy-lives.mdx";

describe("the editor's file format", () => {
  it("finds every content file", () => {
    expect(contentFiles.length).toBeGreaterThan(10);
  });

  it.each(contentFiles)("saves %s unchanged byte for byte", (file) => {
    const text = read(file);
    expect(save(open(text))).toBe(text);
  });

  it.each(contentFiles)(
    "writes %s from the same data byte for byte by the Document API",
    (file) => {
      // The shortcut for unchanged data is not taken: a field is changed and changed back.
      const text = read(file);
      const data = open(text);
      const changed = save({ ...data, [BODY_FIELD]: `${String(data[BODY_FIELD])}x` });
      expect(save({ ...open(changed), [BODY_FIELD]: data[BODY_FIELD] })).toBe(text);
    },
  );

  it("gives the body without the blank line after the frontmatter, and keeps the fields apart", () => {
    const data = open(read("content/site.mdx"));
    expect(data.name).toBe("Oxfordshire County Council");
    expect(String(data[BODY_FIELD]).startsWith("Oxfordshire County Council sets out")).toBe(true);
    expect(typeof data[SOURCE_FIELD]).toBe("string");
  });

  it("changes one action's text on its own line, keeping its quotes", () => {
    const text = read(PRIORITY);
    const data = open(text);
    const actions = data.actions as EntryData[];
    actions[2] = { ...actions[2], text: "Review our safeguarding arrangements: a new wording" };
    const lines = changedLines(text, save(data));
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toBe('    text: "Review our safeguarding arrangements: a new wording"');
  });

  it("quotes a new value that cannot be written plain, and leaves plain ones plain", () => {
    const text = read("content/site.mdx");
    const data = open(text);
    const lines = changedLines(text, save({ ...data, shortName: "Oxon: the county" }));
    expect(lines).toEqual([["shortName: Oxfordshire", 'shortName: "Oxon: the county"']]);
    expect(changedLines(text, save({ ...data, shortName: "Oxon" }))).toEqual([
      ["shortName: Oxfordshire", "shortName: Oxon"],
    ]);
  });

  it("edits a lead as a list and writes a single lead as one id", () => {
    const text = read(PRIORITY);
    const data = open(text);
    const actions = data.actions as EntryData[];
    expect(actions[0]!.lead).toEqual(["fire-and-rescue-service"]);
    actions[0] = { ...actions[0], lead: ["trading-standards"] };
    expect(changedLines(text, save(data))).toEqual([
      ["    lead: fire-and-rescue-service", "    lead: trading-standards"],
    ]);
  });

  it("keeps a joint lead a list on one line", () => {
    const file = "content/plans/corporate-plan-2018-21/priorities/06-thriving-economy.mdx";
    const text = read(file);
    const data = open(text);
    const actions = data.actions as EntryData[];
    const index = actions.findIndex(
      (action) => (action.lead as string[] | undefined)?.length === 2,
    );
    actions[index] = { ...actions[index], lead: ["communities"] };
    expect(changedLines(text, save(data))).toEqual([
      ["    lead: [communities, public-health]", "    lead: [communities]"],
    ]);
  });

  it("leaves out a field whose text is emptied, and adds a new one after its neighbour", () => {
    const text = read(PRIORITY);
    const data = open(text);
    const actions = data.actions as EntryData[];
    actions[0] = { ...actions[0], lead: [] };
    const lines = text.split("\n");
    const at = lines.indexOf("    lead: fire-and-rescue-service");
    expect(save(data)).toBe([...lines.slice(0, at), ...lines.slice(at + 1)].join("\n"));
    const withMember = open(text);
    const first = (withMember.actions as EntryData[])[0]!;
    (withMember.actions as EntryData[])[0] = {
      number: 1,
      group: first.group,
      text: first.text,
      lead: first.lead,
      memberLead: "Cabinet Member for Public Health",
      themes: first.themes,
    };
    const added = save(withMember).split("\n");
    const lead = added.indexOf("    lead: fire-and-rescue-service");
    expect(added[lead + 1]).toBe("    memberLead: Cabinet Member for Public Health");
    expect(added.length).toBe(text.split("\n").length + 1);
  });

  it("adds an action at the end in the files' layout", () => {
    const text = read(PRIORITY);
    const data = open(text);
    const actions = data.actions as EntryData[];
    actions.push({
      number: 58,
      group: "Safe lives",
      text: "A new action",
      lead: ["ict"],
      themes: ["health-and-wellbeing"],
    });
    const after = save(data);
    expect(after.startsWith(text.split("\n---\n")[0]!.split("\n").slice(0, -1).join("\n"))).toBe(
      true,
    );
    expect(after).toContain(
      "  - number: 58\n    group: Safe lives\n    text: A new action\n    lead: ict\n    themes: [health-and-wellbeing]\n---\n",
    );
  });

  it("changes only the body's lines when the body is edited", () => {
    const text = read("content/site.mdx");
    const data = open(text);
    const body = String(data[BODY_FIELD]).replace("sets out", "writes down");
    const lines = changedLines(text, save({ ...data, [BODY_FIELD]: body }));
    expect(lines).toHaveLength(1);
    expect(lines[0]![1]).toContain("writes down");
  });

  it("keeps the body as it was when the editor drops its last newline", () => {
    const text = read("content/site.mdx");
    const data = open(text);
    expect(save({ ...data, [BODY_FIELD]: String(data[BODY_FIELD]).trimEnd() })).toBe(text);
  });

  it("reads a CRLF file's frontmatter, and saves an edit to it in CRLF with the frontmatter kept", () => {
    const lf = read(PRIORITY);
    const crlf = lf.replace(/\n/g, "\r\n");
    const data = open(crlf);
    expect(data.id).toBe("safe-healthy-lives");
    expect(data[BODY_FIELD]).toBe(open(lf)[BODY_FIELD]);
    expect(save(data)).toBe(crlf);
    const edit = (entry: EntryData) => {
      (entry.actions as EntryData[])[2]!.text = "A new wording";
      return save({ ...entry, [BODY_FIELD]: `${String(entry[BODY_FIELD])}More.\n` });
    };
    const saved = edit(data);
    expect(saved).toBe(edit(open(lf)).replace(/\n/g, "\r\n"));
    expect(saved.split("\r\n---\r\n")).toHaveLength(2);
    expect(open(saved).id).toBe("safe-healthy-lives");
  });

  it("keeps a byte order mark and reads a fence with spaces after it", () => {
    const text = "\uFEFF--- \nid: x\ntitle: X\n---\t\n\nSome text.\n";
    const data = open(text);
    expect(data.title).toBe("X");
    expect(data[BODY_FIELD]).toBe("Some text.\n");
    expect(save({ ...data, title: "Y" })).toBe("\uFEFF---\nid: x\ntitle: Y\n---\n\nSome text.\n");
  });

  it("writes a new entry from scratch in the same layout", () => {
    const text = save({
      id: "libraries",
      name: "Libraries",
      aliases: ["Library service"],
      [BODY_FIELD]: "",
    });
    expect(text).toBe("---\nid: libraries\nname: Libraries\naliases: [Library service]\n---\n");
    const withBody = save({ id: "x", title: "X", order: 1, [BODY_FIELD]: "Some text." });
    expect(withBody).toBe("---\nid: x\ntitle: X\norder: 1\n---\n\nSome text.\n");
    expect(save(open(withBody))).toBe(withBody);
  });
});

/** The priority files, each with its lists of objectives and actions and their items' lines. */
const priorityFiles = contentFiles.filter((file) => file.includes("/priorities/"));

/**
 * The lines of each item of a list field, as the file has them: from the item's "- " to the line
 * before the next item (or the end of the list).
 */
function itemLines(text: string, field: string): string[][] {
  const split = splitFrontmatter(text);
  if ("problem" in split) return [];
  const yaml = text.slice(split.yamlStart, split.yamlEnd);
  const list = parseDocument(yaml).get(field, true);
  if (!isSeq(list)) return [];
  const startLine = (offset: number) => yaml.slice(0, offset).split("\n").length - 1;
  const lines = yaml.split("\n");
  const starts = (list as YAMLSeq).items.map((item) => {
    const line = startLine((item as { range: [number] }).range[0]);
    return lines[line]!.trimStart().startsWith("- ") ? line : line - 1;
  });
  const end = startLine((list as { range: [number, number, number] }).range[1]);
  return starts.map((start, index) => lines.slice(start, starts[index + 1] ?? end));
}

/** The file with the frontmatter's lines of one list replaced. */
function withItems(text: string, field: string, items: string[][]): string {
  const all = itemLines(text, field);
  const block = all.flat().join("\n");
  return text.replace(`${block}\n`, `${items.flat().join("\n")}\n`);
}

describe("the editor's file format: one list item changed is that item's lines only", () => {
  const cases = priorityFiles.flatMap((file) =>
    (["objectives", "actions"] as const).flatMap((field) =>
      itemLines(read(file), field).map((_, index) => ({ file, field, index })),
    ),
  );

  it("finds the items of every priority", () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases)(
    "removing $field item $index of $file removes its lines and no other",
    ({ file, field, index }) => {
      const text = read(file);
      const data = open(text);
      (data[field] as EntryData[]).splice(index, 1);
      const items = itemLines(text, field);
      items.splice(index, 1);
      expect(save(data)).toBe(withItems(text, field, items));
    },
  );

  it.each(priorityFiles)(
    "moving the first action of %s to the end moves its lines only",
    (file) => {
      const text = read(file);
      const data = open(text);
      const actions = data.actions as EntryData[] | undefined;
      if (!actions || actions.length < 2) return;
      actions.push(actions.shift()!);
      const items = itemLines(text, "actions");
      items.push(items.shift()!);
      expect(save(data)).toBe(withItems(text, "actions", items));
    },
  );

  it("removing one action and editing the next changes those two items' lines only", () => {
    const text = read(PRIORITY);
    const data = open(text);
    const actions = data.actions as EntryData[];
    const at = actions.findIndex((action) => action.number === 18);
    actions.splice(at, 1);
    actions[at] = { ...actions[at], text: "A new wording of action 19" };
    const items = itemLines(text, "actions");
    const [, nineteen] = items.splice(at, 2);
    const edited = nineteen!.map((line) =>
      line.startsWith("    text: ") ? '    text: "A new wording of action 19"' : line,
    );
    items.splice(at, 0, edited);
    expect(save(data)).toBe(withItems(text, "actions", items));
  });
});
