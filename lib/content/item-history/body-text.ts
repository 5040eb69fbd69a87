import type { Root } from "mdast";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { remarkCouncilMarkdown } from "../markdown-dialect";
import { residentsWords } from "../residents-words";

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkCouncilMarkdown);

/**
 * The words of an MDX body's source as residents read them (`residentsWords`): what a version's
 * wording is compared and shown by. Undefined when the body cannot be read as MDX, which the
 * content check would have refused.
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
  return residentsWords(tree);
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
