import { formatChartValue } from "./format";
import { FONT_SIZE, LINE_HEIGHT, MAX_LABEL_LINES, PAD, WIDTH, round } from "./geometry";
import { linearScale, valueDomain } from "./scale";
import { charsIn, textWidth, wrapLabel, type WrappedLabel } from "./text";
import type { Datum } from "./types";

const PLOT_HEIGHT = 180;
const VALUE_GAP = 7;
const MAX_COLUMN_WIDTH = 72;
/** Longest run of a label turned on its side. */
const ROTATED_LENGTH = 160;

export interface VerticalPoint {
  /** Centre of the item's band. */
  cx: number;
  /** Height of zero and of the value. */
  y0: number;
  y: number;
  /** The column, for column charts. */
  column: { x: number; y: number; width: number; height: number };
  label: {
    x: number;
    y: number;
    lines: string[];
    full?: string;
    /** Set when the label is turned on its side, to read upwards. */
    transform?: string;
  };
  value: { x: number; y: number; text: string };
}

export interface VerticalLayout {
  height: number;
  /** The zero line. */
  axis: { x1: number; x2: number; y: number };
  points: VerticalPoint[];
}

/**
 * Items side by side in equal bands, values upwards from zero: the shared layout of column and
 * line charts. Values go above a point, or below it where `below` says so. Labels wrap within
 * their band, or are turned on their side when a word would not fit across it; values too wide
 * for their band are abbreviated (864K).
 */
export function layoutVertical(
  data: readonly Datum[],
  unit: string,
  below: (index: number) => boolean,
): VerticalLayout {
  const band = (WIDTH - 2 * PAD) / Math.max(1, data.length);
  const [low, high] = valueDomain(data.map((d) => d.value));
  const anyBelow = data.some((_, i) => below(i));
  const plotTop = PAD + (high > 0 ? LINE_HEIGHT + VALUE_GAP : 0);
  const plotBottom = plotTop + PLOT_HEIGHT;
  const y = linearScale([low, high], [plotBottom, plotTop]);
  const y0 = y(0);
  const labelTop = plotBottom + (anyBelow ? LINE_HEIGHT + VALUE_GAP : 0) + 8;

  let labels = data.map((d) => wrapLabel(d.label, charsIn(band - 4), MAX_LABEL_LINES));
  const rotate = labels.some((l) => l.cutWords);
  if (rotate) {
    const lines = Math.min(MAX_LABEL_LINES, Math.max(1, Math.floor(band / LINE_HEIGHT)));
    labels = data.map((d) => wrapLabel(d.label, charsIn(ROTATED_LENGTH), lines));
  }
  const labelHeight = rotate
    ? Math.max(0, ...labels.flatMap((l) => l.lines.map((line) => textWidth(line))))
    : Math.max(1, ...labels.map((l) => l.lines.length)) * LINE_HEIGHT;

  const points = data.map((d, i): VerticalPoint => {
    const cx = PAD + band * (i + 0.5);
    const yv = y(d.value);
    const width = Math.min(band * 0.6, MAX_COLUMN_WIDTH);
    const full = formatChartValue(d.value, unit);
    const label: WrappedLabel = labels[i] ?? { lines: [], truncated: false, cutWords: false };
    return {
      cx: round(cx),
      y0: round(y0),
      y: round(yv),
      column: {
        x: round(cx - width / 2),
        y: round(Math.min(yv, y0)),
        width: round(width),
        height: round(Math.abs(yv - y0)),
      },
      label: {
        x: round(cx),
        y: round(
          rotate
            ? labelTop + FONT_SIZE * 0.35 - ((label.lines.length - 1) * LINE_HEIGHT) / 2
            : labelTop + FONT_SIZE,
        ),
        lines: label.lines,
        full: label.truncated ? d.label : undefined,
        transform: rotate ? `rotate(-90 ${round(cx)} ${round(labelTop)})` : undefined,
      },
      value: {
        x: round(cx),
        y: round(below(i) ? yv + VALUE_GAP + FONT_SIZE * 0.75 : yv - VALUE_GAP),
        text: textWidth(full) <= band - 4 ? full : formatChartValue(d.value, unit, true),
      },
    };
  });

  return {
    height: round(labelTop + labelHeight + PAD),
    axis: { x1: PAD, x2: WIDTH - PAD, y: round(y0) },
    points,
  };
}
