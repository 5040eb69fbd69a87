import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureChart, type Datum } from "@/components/charts/FigureChart";
import { KEY_SIZE, MIN_BAR } from "@/components/charts/layout-bar";
import {
  PATTERN_KINDS,
  Swatch,
  TILE,
  patternMarks,
  type PatternKind,
} from "@/components/charts/patterns";
import { NOT_REPORTED_LOOK, statusLook } from "@/components/progress/status-look";
import { StatusTag } from "@/components/progress/StatusTag";
import { STATUS_COLOURS } from "@/lib/content/schemas/status";
import { contrastRatio as contrast } from "../contrast";

// --- the marks, as shapes: parsed from the paths our own code writes (M, L, H, V and circles) ---

type Shape = { line: [number, number, number, number] } | { dot: [number, number, number] };

function shapesOf(d: string): Shape[] {
  const shapes: Shape[] = [];
  const commands = [...d.matchAll(/([MLHVa])([^MLHVa]*)/g)].map(([, c, args]) => ({
    c: c!,
    n: args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number),
  }));
  let x = 0;
  let y = 0;
  for (let i = 0; i < commands.length; i++) {
    const { c, n } = commands[i]!;
    if (c === "M") [x, y] = n as [number, number];
    else if (c === "L") shapes.push({ line: [x, y, n[0]!, n[1]!] });
    else if (c === "H") shapes.push({ line: [x, y, n[0]!, y] });
    else if (c === "V") shapes.push({ line: [x, y, x, n[0]!] });
    else if (c === "a") {
      // A dot: two half-circle arcs from its left edge; its radius is the arc's.
      shapes.push({ dot: [x + n[0]!, y, n[0]!] });
      i++;
    }
  }
  return shapes;
}

function distanceToSegment(px: number, py: number, [x1, y1, x2, y2]: number[]): number {
  const [dx, dy] = [x2! - x1!, y2! - y1!];
  const t = Math.max(0, Math.min(1, ((px - x1!) * dx + (py - y1!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1! + t * dx), py - (y1! + t * dy));
}

/** Whether the point is painted white by the marks of `kind` drawn over a square of `size`. */
function marked(kind: PatternKind, size: number, px: number, py: number): boolean {
  const marks = patternMarks(kind, size);
  if (!marks) return false;
  return shapesOf(marks.d).some((shape) =>
    "line" in shape
      ? distanceToSegment(px, py, shape.line) <= 0.75
      : Math.hypot(px - shape.dot[0], py - shape.dot[1]) <= shape.dot[2],
  );
}

/** The marks sampled on a grid over a swatch (two tiles a side), as a string of 0s and 1s. */
function sampled(kind: PatternKind, size: number): string {
  const step = 0.25;
  let bits = "";
  for (let y = step / 2; y < 2 * TILE; y += step) {
    for (let x = step / 2; x < 2 * TILE; x += step) {
      bits += marked(kind, size, size === TILE ? x % TILE : x, size === TILE ? y % TILE : y)
        ? "1"
        : "0";
    }
  }
  return bits;
}

describe("patterns", () => {
  it.each(PATTERN_KINDS)(
    "%s: a swatch draws what the bar's repeating tile draws, so both look alike",
    (kind) => {
      expect(sampled(kind, 2 * TILE)).toBe(sampled(kind, TILE));
    },
  );

  it("every pattern has a shape of its own", () => {
    const shapes = PATTERN_KINDS.filter((kind) => kind !== "hollow").map((kind) =>
      sampled(kind, 2 * TILE),
    );
    expect(new Set(shapes).size).toBe(shapes.length);
    // The marks cover enough of a tile to see, and leave most of it to the colour.
    for (const kind of PATTERN_KINDS.filter((k) => patternMarks(k, TILE))) {
      const share = [...sampled(kind, TILE)].filter((bit) => bit === "1").length;
      const ratio = share / sampled(kind, TILE).length;
      expect(ratio, kind).toBeGreaterThan(0.1);
      expect(ratio, kind).toBeLessThan(0.5);
    }
  });
});

describe("how each status looks", () => {
  const looks = STATUS_COLOURS.map((colour) => statusLook({ colour }));

  it("every status colour has a pattern of its own, and no status looks unreported", () => {
    expect(new Set(looks.map((look) => look.pattern)).size).toBe(STATUS_COLOURS.length);
    expect(looks.map((look) => look.pattern)).not.toContain(NOT_REPORTED_LOOK.pattern);
  });

  const css = readFileSync("components/progress/progress.css", "utf8");
  const site = readFileSync("app/site.css", "utf8");
  const rule = (source: string, selector: string, property: string) =>
    new RegExp(`\\.${selector} \\{[^}]*?${property}: (#[0-9a-f]{6})`).exec(source)?.[1];

  it.each(STATUS_COLOURS)(
    "%s: its tone stands 3:1 against the page and against its tag (WCAG 1.4.11)",
    (colour) => {
      const tone = rule(css, `tone--${colour}`, "--tone");
      const tag =
        rule(css, `tag--${colour}`, "background") ?? rule(site, `tag--${colour}`, "background");
      expect(tone, `.tone--${colour}`).toBeDefined();
      expect(tag, `.tag--${colour}`).toBeDefined();
      expect(contrast(tone!, "#ffffff")).toBeGreaterThanOrEqual(3);
      expect(contrast(tone!, tag!)).toBeGreaterThanOrEqual(3);
    },
  );

  it("no report is an empty box whose edge stands 3:1 against the page and its tag", () => {
    const edge = rule(css, "tone--none", "--tone-edge")!;
    expect(contrast(edge, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrast(edge, rule(site, "tag--grey", "background")!)).toBeGreaterThanOrEqual(3);
  });

  it("a tag carries its status's swatch, hidden from screen readers, and its words", () => {
    const html = renderToStaticMarkup(<StatusTag update={undefined} />);
    expect(html).toContain(renderToStaticMarkup(<Swatch look={NOT_REPORTED_LOOK} />));
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(html.replace(/<[^>]+>/g, "")).toBe("Not yet reported");
  });
});

describe("a bar chart of statuses", () => {
  const data: Datum[] = [
    { label: "On track", value: 1000, look: statusLook({ colour: "green" }) },
    { label: "At risk", value: 1, look: statusLook({ colour: "yellow" }) },
    { label: "Stopped", value: 0, look: statusLook({ colour: "purple" }) },
    { label: "Not yet reported", value: 12, look: NOT_REPORTED_LOOK },
  ];
  const html = renderToStaticMarkup(
    <FigureChart
      idPrefix="test-"
      figure={{ id: "status", title: "Status", unit: "items", chart: "bar", data }}
    />,
  );
  const rects = (cls: string) =>
    [...html.matchAll(/<rect\b[^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes(cls));
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

  it("fills each bar and its key with its status's pattern, defined once in the drawing", () => {
    const bars = rects("figure-chart__bar");
    const keys = rects("figure-chart__key");
    expect(bars).toHaveLength(data.length);
    expect(keys).toHaveLength(data.length);
    bars.forEach((bar, i) => {
      const fill = attr(bar, "fill")!;
      expect(fill).toMatch(/^url\(#test-figure-status-pattern-/);
      expect(attr(keys[i]!, "fill")).toBe(fill);
      expect(Number(attr(keys[i]!, "width"))).toBe(KEY_SIZE);
      const id = /#([^)]+)/.exec(fill)![1]!;
      expect(html.match(new RegExp(`<pattern[^>]*id="${id}"`, "g"))).toHaveLength(1);
      expect(html).toMatch(
        new RegExp(`<pattern[^>]*id="${id}"[^>]*class="${data[i]!.look!.className}"`),
      );
    });
  });

  it("keeps a count of 1 among 1,000 visible, and draws nothing for 0", () => {
    const widths = rects("figure-chart__bar").map((bar) => Number(attr(bar, "width")));
    // 1 of 1,000 would be a quarter of a unit wide in proportion: too thin to see.
    expect(widths[1]).toBeGreaterThanOrEqual(2);
    expect(widths[1]).toBe(MIN_BAR);
    expect(widths[2]).toBe(0);
    expect(widths[0]).toBeGreaterThan(widths[3]!);
  });

  it("moves each label right of its key", () => {
    const labels = [...html.matchAll(/<text\b[^>]*class="figure-chart__text"[^>]*>/g)].map(
      (m) => m[0],
    );
    const keys = rects("figure-chart__key");
    labels.forEach((label, i) =>
      expect(Number(attr(label, "x"))).toBeGreaterThan(
        Number(attr(keys[i]!, "x")) + Number(attr(keys[i]!, "width")),
      ),
    );
  });
});
