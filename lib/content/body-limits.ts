import type { MdxFindings } from "./mdx-inspect";

/**
 * Limits that keep one content file from stalling or crashing the check and the build. Markdown
 * parsers are slow on some shapes (a run of 10,000 asterisks took 9 s; 20,000 overflowed the
 * stack; a list nested 1,000 deep took 32 s), so such bodies are refused before they are parsed.
 * The council's own content is far inside each limit: its longest body is 25 KB, its longest run
 * of one marker character 3, its deepest indentation 3 spaces, and it has no block quotes.
 */
export const BODY_LIMITS = {
  /** Bytes of one body: ten times the longest the plans have. */
  bytes: 250_000,
  /** One character repeated, of those Markdown reads as markers (* _ ~ ` [ ] < > #). */
  markerRun: 64,
  /** Spaces (a tab counts as four) before the text of a line: lists nested about 40 deep. */
  indent: 160,
  /** Block quotes inside block quotes. */
  quoteDepth: 16,
  /**
   * Emphasis and link markers (* _ [ ]) in one paragraph: matching them costs the parser time in
   * the square of their number or worse (one 40 KB paragraph of * and _ took 7.8 s, 240 KB minutes;
   * 80 KB of unclosed "[a](" took 4 s). The plans' most in one paragraph is 20.
   */
  paragraphMarkers: 400,
} as const;

type Problem = MdxFindings["problems"][number];

/** The first place a body passes a limit, as a problem with its line, or none. */
export function bodyLimitProblems(body: string): Problem[] {
  const bytes = Buffer.byteLength(body);
  if (bytes > BODY_LIMITS.bytes) {
    return [
      {
        line: 1,
        column: 1,
        message: `The text is too long for one page: ${Math.round(bytes / 1000)} KB, and the limit is ${BODY_LIMITS.bytes / 1000} KB.`,
        hint: "Split it into chapters of their own (content/plans/<plan>/pages/).",
      },
    ];
  }
  const lines = body.split("\n");
  for (const [index, text] of lines.entries()) {
    const problem = lineProblem(text);
    if (problem) return [{ line: index + 1, ...problem }];
  }
  const crowded = crowdedParagraph(lines);
  if (crowded) return [crowded];
  return [];
}

/** The first paragraph with more emphasis markers than the parser can match in good time. */
function crowdedParagraph(lines: readonly string[]): Problem | undefined {
  let start = 0;
  let markers = 0;
  for (const [index, text] of lines.entries()) {
    if (text.trim() === "") {
      markers = 0;
      start = index + 1;
      continue;
    }
    // An escaped \* or \[ is text, not a marker.
    markers += text.replace(/\\[*_[\]]/g, "").replace(/[^*_[\]]/g, "").length;
    if (markers > BODY_LIMITS.paragraphMarkers) {
      return {
        line: start + 1,
        column: 1,
        message: `This paragraph has more than ${BODY_LIMITS.paragraphMarkers} of the characters * _ [ ]; the limit is ${BODY_LIMITS.paragraphMarkers}.`,
        hint: "Markdown reads them as bold, italics and links: split the paragraph, or write \\* \\_ \\[ \\] where they are meant as text.",
      };
    }
  }
  return undefined;
}

function lineProblem(text: string): Omit<Problem, "line"> | undefined {
  const run = new RegExp(`([*_~\`\\[\\]<>#])\\1{${BODY_LIMITS.markerRun},}`).exec(text);
  if (run) {
    return {
      column: run.index + 1,
      message: `The character ${run[1]} is repeated ${run[0].length} times in a row; the limit is ${BODY_LIMITS.markerRun}.`,
      hint:
        "Markdown reads it as formatting: remove the run, or write it as \\\\" +
        run[1] +
        " where it is meant as text.",
    };
  }
  const indent = /^[ \t]*/.exec(text)![0].replace(/\t/g, "    ").length;
  if (indent > BODY_LIMITS.indent) {
    return {
      column: 1,
      message: `The line is indented by ${indent} spaces; the limit is ${BODY_LIMITS.indent} (lists nested about 40 deep).`,
      hint: "Lists this deep cannot be read: keep lists to two or three levels.",
    };
  }
  const quotes = /^(?:[ \t]*>)+/.exec(text)?.[0].split(">").length ?? 1;
  if (quotes - 1 > BODY_LIMITS.quoteDepth) {
    return {
      column: 1,
      message: `Block quotes are nested ${quotes - 1} deep; the limit is ${BODY_LIMITS.quoteDepth}.`,
      hint: "Keep quotations to one level.",
    };
  }
  return undefined;
}
