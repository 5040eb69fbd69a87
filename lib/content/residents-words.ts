import type { Parent, Root, RootContent } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { toString } from "mdast-util-to-string";
import { SKIP, visit, type VisitorResult } from "unist-util-visit";
// Type-only: teaches mdast the MDX node types.
import type {} from "mdast-util-mdx";

/** The sentence residents read where `<InformationToFollow>` stands (components/mdx). */
const INFORMATION_TO_FOLLOW = "Information to follow.";

/** Blocks whose text is one paragraph of the plain text. */
const TEXT_BLOCKS = new Set(["paragraph", "heading", "tableRow", "code"]);

/**
 * The words of a parsed MDX body as residents read them, one paragraph per heading, paragraph,
 * list item's paragraph or table row, separated by blank lines: what search finds of a body, and
 * what a version's wording is compared and shown by (item-history/body-text.ts). Drafting notes
 * are editorial state and are left out, as on the pages; formatting (emphasis, links' addresses)
 * is not wording. The tree is read, never changed: the compiler goes on with it.
 */
export function residentsWords(parsed: Root): string {
  const tree = structuredClone(parsed);
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

/** Runs of white space read as one space on a page, so they are one space here. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
