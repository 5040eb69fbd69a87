import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lib/content/frontmatter-split";

const FILE = "---\nid: x\ntitle: X\n---\n\nSome text.\nMore.\n";

function parts(text: string) {
  const split = splitFrontmatter(text);
  if ("problem" in split) throw new Error(split.problem);
  return split;
}

describe("the frontmatter splitter every reader and writer uses", () => {
  it("splits a file at its fences, with the YAML's place in the text", () => {
    const split = parts(FILE);
    expect(split).toMatchObject({ bom: "", newline: "\n", end: 3, yaml: "id: x\ntitle: X" });
    expect(split.body).toBe("\nSome text.\nMore.\n");
    expect(FILE.slice(split.yamlStart, split.yamlEnd)).toBe("id: x\ntitle: X\n");
  });

  it("reads a CRLF file as the same file, and says it is CRLF", () => {
    const text = FILE.replace(/\n/g, "\r\n");
    const split = parts(text);
    expect(split).toMatchObject({ newline: "\r\n", yaml: "id: x\ntitle: X", end: 3 });
    expect(split.body).toBe(parts(FILE).body);
    expect(text.slice(split.yamlStart, split.yamlEnd)).toBe("id: x\r\ntitle: X\r\n");
  });

  it("reads past a byte order mark and keeps it for writing back", () => {
    const text = `\uFEFF${FILE}`;
    const split = parts(text);
    expect(split.bom).toBe("\uFEFF");
    expect(split.yaml).toBe("id: x\ntitle: X");
    expect(text.slice(split.yamlStart, split.yamlEnd)).toBe("id: x\ntitle: X\n");
  });

  it("takes a fence with spaces or a tab after it as a fence", () => {
    const split = parts("--- \nid: x\n---\t\nBody");
    expect(split).toMatchObject({ yaml: "id: x", body: "Body", end: 2 });
  });

  it("reads an empty frontmatter and a file that ends at its closing fence", () => {
    const split = parts("---\n---");
    expect(split).toMatchObject({ yaml: "", body: "", yamlStart: 4, yamlEnd: 4 });
  });

  it("says when a file has no frontmatter or never closes it", () => {
    expect(splitFrontmatter("id: x\n---\n")).toEqual({ problem: "no-frontmatter" });
    expect(splitFrontmatter(" ---\nid: x\n---\n")).toEqual({ problem: "no-frontmatter" });
    expect(splitFrontmatter("---\nid: x\n")).toEqual({ problem: "unclosed" });
    expect(splitFrontmatter("---\nid: x\n----\n")).toEqual({ problem: "unclosed" });
  });

  it("imports nothing, so the editor's browser bundle can use it", () => {
    const source = readFileSync(
      path.resolve(import.meta.dirname, "../../lib/content/frontmatter-split.ts"),
      "utf8",
    );
    expect(source).not.toMatch(/^\s*import\s/m);
  });
});
