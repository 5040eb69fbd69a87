import type { Parent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { SKIP, visit, type VisitorResult } from "unist-util-visit";
// Type-only: teaches mdast the MDX node types.
import type {} from "mdast-util-mdx";
import { remarkCouncilMarkdown } from "../markdown-dialect";

/** The sentence residents read where `<InformationToFollow>` stands (components/mdx). */
const INFORMATION_TO_FOLLOW = "Information to follow.";

/** Blocks whose text is one paragraph of the plain text. */
const TEXT_BLOCKS = new Set(["paragraph", "heading", "tableRow", "code"]);

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkCouncilMarkdown);

/**
 * The words of an MDX body as residents read them, one paragraph per heading, paragraph, list
 * item's paragraph or table row, separated by blank lines: what a version's wording is compared
 * and shown by. Drafting notes are editorial state and are left out, as on the pages; formatting
 * (emphasis, links' addresses) is not wording. Undefined when the body cannot be read as MDX,
 * which the content check would have refused.
 */
export function bodyText(body: string): string | undefined {
  if (!read.has(body)) {
    if (read.size >= MAX_REMEMBERED) read.delete(read.keys().next().value!);
    read.set(body, readBodyText(body));
  }
  return read.get(body);
}

/** Bodies read lately: a page and the open data show the same versions' words. */
const read = new Map<string, string | undefined>();
const MAX_REMEMBERED = 500;

function readBodyText(body: string): string | undefined {
  if (body.trim() === "") return "";
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch {
    return undefined;
  }
  visit(tree, (node, index, parent: Parent | undefined): VisitorResult => {
    if (!parent || index === undefined) return undefined;
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return undefined;
    const { name } = node as MdxJsxFlowElement | MdxJsxTextElement;
    if (name === "DraftingNote") {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (name === "InformationToFollow") {
      const text = { type: "text", value: INFORMATION_TO_FOLLOW } as const;
      parent.children.splice(
        index,
        1,
        (node.type === "mdxJsxFlowElement"
          ? { type: "paragraph", children: [text] }
          : text) as RootContent,
      );
      return [SKIP, index + 1];
    }
    return undefined;
  });
  const paragraphs: string[] = [];
  visit(tree, (node): VisitorResult => {
    if (!TEXT_BLOCKS.has(node.type)) return undefined;
    const text =
      node.type === "tableRow"
        ? (node as Parent).children.map((cell) => toString(cell).trim()).join(" | ")
        : toString(node);
    const words = normaliseSpace(text);
    if (words !== "") paragraphs.push(words);
    return SKIP;
  });
  return paragraphs.join("\n\n");
}

/** A `<DraftingNote …>…</DraftingNote>` or `<DraftingNote … />`, quoted attributes and all. */
const DRAFTING_NOTE =
  /<DraftingNote\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/DraftingNote\s*>)/g;

/**
 * A body as a version of it is compared: its source without drafting notes (editorial state), and
 * without white space at line ends or runs of blank lines, which change nothing a resident reads.
 * Cheap enough for every version of every file: its words (`bodyText`) are read only where a page
 * shows them.
 */
export function bodySource(body: string): string {
  return body
    .replace(DRAFTING_NOTE, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The kinds of drafting note a body carries (`<DraftingNote kind>`, and `<InformationToFollow>`,
 * whose kind is fixed), so a page showing an old version still says what was not final.
 */
export function bodyNoteKinds(body: string): string[] {
  const kinds = [...body.matchAll(DRAFTING_NOTE)].map(
    (match) => /\bkind="([a-z-]+)"/.exec(match[0])?.[1] ?? "",
  );
  if (/<InformationToFollow\b/.test(body)) kinds.push(INFORMATION_TO_FOLLOW_KIND);
  return kinds.filter((kind) => kind !== "");
}

/** `<InformationToFollow>` stands where the council said more will follow (mdx-inspect.ts). */
const INFORMATION_TO_FOLLOW_KIND = "details-to-follow";

/** Runs of white space read as one space on a page, so they are one space here. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
