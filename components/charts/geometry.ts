/**
 * The drawing's coordinate system. The viewBox is as wide as a 320 px phone, so text drawn at
 * FONT_SIZE stays near that size on a phone; CSS caps the drawing's width on wide screens.
 */
export const WIDTH = 320;
export const PAD = 4;
export const FONT_SIZE = 15;
export const LINE_HEIGHT = 18;
/** Labels wrap to at most this many lines and are cut short with "…" after that. */
export const MAX_LABEL_LINES = 3;

/** Rounds a coordinate to two decimals to keep the markup short. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
