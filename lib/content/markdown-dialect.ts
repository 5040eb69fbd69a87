import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import type { Processor } from "unified";
// Type-only: teaches unified's Data the micromark and mdast extension lists that remark-parse reads.
import type {} from "remark-parse";

/**
 * The Markdown that content files are written in: GitHub's tables, footnotes, strikethrough and
 * task lists, without GitHub's autolinking of bare addresses. A bare address makes a link whose
 * words are the address, which tells a screen-reader user nothing, so mdx-inspect refuses it and
 * asks for a written link instead. Finding autolinks was also over 40% of the parsing time
 * (bench/README.md, "content:check").
 */
export function remarkCouncilMarkdown(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(
    gfmFootnote(),
    gfmStrikethrough(),
    gfmTable(),
    gfmTaskListItem(),
  );
  (data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}
