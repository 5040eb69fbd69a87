/**
 * The one place that knows where a content file's frontmatter starts and ends. Every reader and
 * writer of content files splits with this: the loader, the editor (in the browser too, so this
 * file imports nothing), the update-sheet importer and the tests. A file may start with a byte
 * order mark, end its lines in CRLF, and have spaces after a fence; all read the same.
 */

/** A fence: a line of three hyphens, with nothing after them but spaces or tabs. */
const FENCE = /^---[ \t]*$/;
const BYTE_ORDER_MARK = "\uFEFF";

export interface FrontmatterSplit {
  /** The byte order mark the file starts with, or "". */
  bom: string;
  /** How the file ends its lines, read from its first line. */
  newline: "\n" | "\r\n";
  /** Every line of the file after the byte order mark, without line ends. */
  lines: string[];
  /** The line of the closing fence: the body starts on the line after it. */
  end: number;
  /** The YAML between the fences, its lines joined by "\n". */
  yaml: string;
  /** Everything after the closing fence's line, its lines joined by "\n". */
  body: string;
  /** Where the YAML starts and the closing fence starts in the text, to edit it in place. */
  yamlStart: number;
  yamlEnd: number;
}

export type FrontmatterProblem = "no-frontmatter" | "unclosed";

/** A content file's text split at its fences, or what is wrong with the fences. */
export function splitFrontmatter(text: string): FrontmatterSplit | { problem: FrontmatterProblem } {
  const bom = text.startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : "";
  const lines: string[] = [];
  const starts: number[] = [];
  let from = bom.length;
  for (const lineEnd of text.matchAll(/\r?\n/g)) {
    starts.push(from);
    lines.push(text.slice(from, lineEnd.index));
    from = lineEnd.index + lineEnd[0].length;
  }
  starts.push(from);
  lines.push(text.slice(from));
  if (!FENCE.test(lines[0]!)) return { problem: "no-frontmatter" };
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) return { problem: "unclosed" };
  return {
    bom,
    newline: text[starts[1]! - 2] === "\r" ? "\r\n" : "\n",
    lines,
    end,
    yaml: lines.slice(1, end).join("\n"),
    body: lines.slice(end + 1).join("\n"),
    yamlStart: starts[1]!,
    yamlEnd: starts[end]!,
  };
}
