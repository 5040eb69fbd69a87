/**
 * Fills that do not rely on colour alone (WCAG 1.4.1): a colour, and white marks over it in a
 * pattern of its own. The same marks draw a chart's bars (as an SVG <pattern>) and the small
 * swatches in tags, keys and tables, so a pattern means the same wherever it appears.
 */

/** The patterns, each told apart from the others by its shape, not its colour. */
export const PATTERN_KINDS = [
  "solid",
  "rising",
  "falling",
  "horizontal",
  "vertical",
  "grid",
  "dots",
  "hollow",
] as const;
export type PatternKind = (typeof PATTERN_KINDS)[number];

/** A fill: its pattern, and the class that gives its colour (`--tone`, and `--tone-edge`). */
export interface Look {
  pattern: PatternKind;
  className: string;
}

/** The side of one repeat of a pattern, in the drawing's units. */
export const TILE = 6;
const LINE = 1.5;
const DOT = 1.3;

/**
 * The white marks of a pattern over a square of side `size` (a whole number of tiles), as one
 * path: `stroke` lines, or `fill` shapes for dots. Lines run past the edges so that tiles meet.
 */
export function patternMarks(
  kind: PatternKind,
  size: number,
): { d: string; paint: "stroke" | "fill" } | null {
  const tiles = Math.round(size / TILE);
  /** Offsets of one mark a tile, from `first`, `count` tiles apart. */
  const every = (first: number, count = tiles) =>
    Array.from({ length: count }, (_, i) => first + i * TILE);
  switch (kind) {
    case "rising": // lines x + y = c, for every c that crosses the square
      return {
        paint: "stroke",
        d: every(0, 2 * tiles + 1)
          .map((c) => `M${c - size - 1} ${size + 1}L${c + size + 1} ${-size - 1}`)
          .join(""),
      };
    case "falling": // lines y - x = c
      return {
        paint: "stroke",
        d: every(-size, 2 * tiles + 1)
          .map((c) => `M-1 ${c - 1}L${size + 1} ${c + size + 1}`)
          .join(""),
      };
    case "horizontal":
      return { paint: "stroke", d: horizontal(every(TILE - LINE / 2), size) };
    case "vertical":
      return { paint: "stroke", d: vertical(every(TILE - LINE / 2), size) };
    case "grid":
      return {
        paint: "stroke",
        d: horizontal(every(TILE - LINE / 2), size) + vertical(every(TILE - LINE / 2), size),
      };
    case "dots":
      return {
        paint: "fill",
        d: every(TILE / 2)
          .flatMap((y) => every(TILE / 2).map((x) => dot(x, y)))
          .join(""),
      };
    case "solid":
    case "hollow":
      return null;
  }
}

const horizontal = (ys: number[], size: number) => ys.map((y) => `M0 ${y}H${size}`).join("");
const vertical = (xs: number[], size: number) => xs.map((x) => `M${x} 0V${size}`).join("");
const dot = (x: number, y: number) =>
  `M${x - DOT} ${y}a${DOT} ${DOT} 0 1 0 ${2 * DOT} 0a${DOT} ${DOT} 0 1 0 ${-2 * DOT} 0`;

/** The white marks of a look over a square of side `size`, or nothing for a plain look. */
function Marks({ look, size }: { look: Look; size: number }) {
  const marks = patternMarks(look.pattern, size);
  if (!marks) return null;
  return (
    <path
      className={`pattern__marks pattern__marks--${marks.paint}`}
      d={marks.d}
      strokeWidth={marks.paint === "stroke" ? LINE : undefined}
    />
  );
}

/** The id of a look's <pattern> in a drawing whose ids start with `prefix`. */
export function patternId(prefix: string, look: Look): string {
  return `${prefix}-pattern-${look.pattern}-${look.className.replace(/[^\w-]/g, "")}`;
}

/** The <defs> a drawing needs for `looks`, once each. */
export function PatternDefs({ prefix, looks }: { prefix: string; looks: readonly Look[] }) {
  const unique = new Map(looks.map((look) => [patternId(prefix, look), look]));
  if (unique.size === 0) return null;
  return (
    <defs>
      {[...unique].map(([id, look]) => (
        <pattern
          key={id}
          id={id}
          className={look.className}
          width={TILE}
          height={TILE}
          patternUnits="userSpaceOnUse"
        >
          <rect className="pattern__base" width={TILE} height={TILE} />
          <Marks look={look} size={TILE} />
        </pattern>
      ))}
    </defs>
  );
}

/**
 * A small square of a look, beside words that say what it stands for (so it is hidden). Its
 * colour and edge are CSS on the square itself, so that a plain one, the most common (every item
 * not yet reported), is a few bytes (charts.css).
 */
export function Swatch({ look }: { look: Look }) {
  const size = 2 * TILE;
  return (
    <svg className={`swatch ${look.className}`} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <Marks look={look} size={size} />
    </svg>
  );
}

/**
 * Words led by the swatch of their look. The swatch and the first word never part at a line
 * break, so a swatch is never left alone at the end of a line.
 */
export function Keyed({ look, words }: { look: Look; words: string }) {
  const [first = "", ...rest] = words.split(" ");
  return (
    <>
      <span className="keyed">
        <Swatch look={look} />
        {first}
      </span>
      {rest.length > 0 ? ` ${rest.join(" ")}` : null}
    </>
  );
}
