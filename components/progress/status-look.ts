import type { Look, PatternKind } from "@/components/charts/patterns";
import type { Status } from "@/lib/content";

/**
 * Each status colour's pattern. The colours red, green, yellow and orange are the ones most often
 * confused, so they get the most different shapes: lines one way, dots, upright lines, a grid.
 */
const PATTERNS: Record<Status["colour"], PatternKind> = {
  blue: "solid",
  green: "rising",
  yellow: "dots",
  orange: "vertical",
  red: "grid",
  purple: "falling",
  grey: "horizontal",
};

/** How a status is drawn in tags, bars and keys: its colour (`tone--*`) and its pattern. */
export function statusLook(status: Pick<Status, "colour">): Look {
  return { pattern: PATTERNS[status.colour], className: `tone--${status.colour}` };
}

/** No report yet: an empty box, unlike any status. */
export const NOT_REPORTED_LOOK: Look = { pattern: "hollow", className: "tone--none" };

/** The words for an item with no report, wherever it is counted or tagged. */
export const NOT_REPORTED = "Not yet reported";
