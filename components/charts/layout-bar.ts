import { formatChartValue } from "./format";
import { FONT_SIZE, LINE_HEIGHT, MAX_LABEL_LINES, PAD, WIDTH, round } from "./geometry";
import { linearScale, valueDomain } from "./scale";
import { charsIn, textWidth, wrapLabel } from "./text";
import type { Datum } from "./types";

const BAR_HEIGHT = 22;
const LABEL_GAP = 4;
const ROW_GAP = 14;
const VALUE_GAP = 6;
/** A bar for any value but zero is at least this wide, so a count of 1 among hundreds shows. */
export const MIN_BAR = 3;
/** The key: a square of the bar's fill before its label, when bars have looks of their own. */
export const KEY_SIZE = 12;
const KEY_GAP = 6;

export interface BarRow {
  label: { x: number; y: number; lines: string[]; full?: string };
  /** The square of the bar's fill before the label, when the datum has a look. */
  key?: { x: number; y: number; size: number };
  bar: { x: number; y: number; width: number; height: number };
  /** The zero line across this bar. */
  axis: { x: number; y1: number; y2: number };
  value: { x: number; y: number; text: string; anchor: "start" | "end" };
}

/**
 * Horizontal bars, one row each: the label above (wrapped to the full width, so it stays
 * readable on a phone), then the bar from zero with its value beside its end. Bars with looks
 * of their own get a key before their label.
 */
export function layoutBars(
  data: readonly Datum[],
  unit: string,
): { height: number; rows: BarRow[] } {
  const texts = data.map((d) => formatChartValue(d.value, unit));
  const room = (negative: boolean) =>
    Math.max(
      0,
      ...data.map((d, i) => (d.value < 0 === negative ? textWidth(texts[i] ?? "") + VALUE_GAP : 0)),
    );
  const x = linearScale(valueDomain(data.map((d) => d.value)), [
    PAD + room(true),
    WIDTH - PAD - room(false),
  ]);
  const x0 = x(0);
  const keyed = data.some((d) => d.look);
  const labelX = PAD + (keyed ? KEY_SIZE + KEY_GAP : 0);
  const maxChars = charsIn(WIDTH - PAD - labelX);

  const rows: BarRow[] = [];
  let top = PAD;
  data.forEach((d, i) => {
    const wrapped = wrapLabel(d.label, maxChars, MAX_LABEL_LINES);
    const barY = top + wrapped.lines.length * LINE_HEIGHT + LABEL_GAP;
    const negative = d.value < 0;
    const drawn = x(d.value) - x0;
    const xv = x0 + (d.value === 0 ? 0 : Math.sign(drawn) * Math.max(MIN_BAR, Math.abs(drawn)));
    rows.push({
      key: d.look
        ? { x: PAD, y: round(top + FONT_SIZE - KEY_SIZE + 1), size: KEY_SIZE }
        : undefined,
      label: {
        x: labelX,
        y: round(top + FONT_SIZE),
        lines: wrapped.lines,
        full: wrapped.truncated ? d.label : undefined,
      },
      bar: {
        x: round(Math.min(x0, xv)),
        y: round(barY),
        width: round(Math.abs(xv - x0)),
        height: BAR_HEIGHT,
      },
      axis: { x: round(x0), y1: round(barY - 3), y2: round(barY + BAR_HEIGHT + 3) },
      value: {
        x: round(negative ? xv - VALUE_GAP : xv + VALUE_GAP),
        y: round(barY + BAR_HEIGHT / 2 + FONT_SIZE * 0.35),
        text: texts[i] ?? "",
        anchor: negative ? "end" : "start",
      },
    });
    top = barY + BAR_HEIGHT + ROW_GAP;
  });
  return { height: round(Math.max(top - ROW_GAP + PAD, 2 * PAD)), rows };
}
