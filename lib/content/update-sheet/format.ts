import { SHEET_LIMITS } from "./limits";
import type { SheetProblem } from "./table";

/**
 * A problem as printed: `row 4, column G (Status), “On trak”: There is no status…`, then what was
 * expected and how to fix it. A cell is quoted to a few dozen characters, with its line breaks
 * and any control or invisible character shown as an escape, so a hostile cell can neither
 * flood the terminal nor send it escape sequences.
 */
export function formatSheetProblem(problem: SheetProblem): string {
  const where = [
    problem.row > 0 ? `row ${problem.row}` : "",
    problem.column ? `column ${visible(problem.column)}` : "",
    problem.value !== undefined ? quote(problem.value) : "",
  ]
    .filter(Boolean)
    .join(", ");
  return [
    `${where ? `${where}: ` : ""}${visible(problem.message)}`,
    problem.expected ? `  expected: ${visible(problem.expected)}` : undefined,
    problem.hint ? `  how to fix: ${visible(problem.hint)}` : undefined,
  ]
    .filter(Boolean)
    .join("\n");
}

/** Every problem up to the limit in full, then how many more there are. */
export function formatSheetProblems(problems: readonly SheetProblem[]): string {
  const shown = problems.slice(0, SHEET_LIMITS.problemsShown).map(formatSheetProblem);
  const more = problems.length - shown.length;
  if (more > 0) {
    shown.push(
      `… and ${more.toLocaleString("en-GB")} more problem${more === 1 ? "" : "s"}, not shown.`,
    );
  }
  return shown.join("\n\n");
}

/** A cell in quotes, shortened to the limit (saying how long it was), its escapes visible. */
export function quote(value: string): string {
  const limit = SHEET_LIMITS.quotedCharacters;
  // Only the start is ever looked at: a cell may be megabytes long.
  const head = Array.from(value.slice(0, limit * 2))
    .slice(0, limit)
    .join("");
  if (head.length === value.length) return `“${visible(value)}”`;
  return `“${visible(head)}…” (${value.length.toLocaleString("en-GB")} characters)`;
}

/**
 * Text with line breaks, control characters, bidirectional and invisible characters written as
 * escapes (\n, \x1b, \u202e), so what reaches the terminal is exactly what is shown.
 */
export function visible(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g,
    (character) => {
      if (character === "\n") return "\\n";
      if (character === "\t") return "\\t";
      if (character === "\r") return "\\r";
      const code = character.charCodeAt(0);
      return code < 0x100
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : `\\u${code.toString(16).padStart(4, "0")}`;
    },
  );
}
