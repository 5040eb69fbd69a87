import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FigureChart, type ChartFigure, type ChartKind } from "@/components/charts/FigureChart";
import {
  describeChart,
  formatChartValue,
  formatValue,
  unitHeading,
} from "@/components/charts/format";
import { WIDTH } from "@/components/charts/geometry";
import { charsIn, textWidth, wrapLabel } from "@/components/charts/text";
import type { Figure } from "@/lib/content/graph";
import { figureSchema } from "@/lib/content/schemas/figure";

const FIGURES_DIR = "content/plans/corporate-plan-2018-21/figures";
const KINDS: ChartKind[] = ["bar", "column", "line"];
const en = new Intl.NumberFormat("en-GB");

/** The plan's real figures: frontmatter validated by the content schema, body as the summary. */
const realFigures: ChartFigure[] = readdirSync(FIGURES_DIR)
  .filter((name) => name.endsWith(".mdx"))
  .sort()
  .map((name) => {
    const text = readFileSync(path.join(FIGURES_DIR, name), "utf8");
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`${name}: no frontmatter`);
    return { ...figureSchema.parse(parse(match[1]!)), summary: match[2]!.trim() };
  });

const synthetic = (chart: ChartKind, data: ChartFigure["data"], extra: Partial<ChartFigure> = {}) =>
  ({
    id: "synthetic",
    title: "A synthetic figure",
    unit: "%",
    chart,
    data,
    ...extra,
  }) as ChartFigure;

// --- reading the rendered markup (our own, predictable HTML) ---

const render = (figure: ChartFigure, props: { idPrefix?: string } = {}) =>
  renderToStaticMarkup(<FigureChart figure={figure} headingLevel="h3" {...props} />);

function decode(text: string): string {
  return text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const textOf = (html: string) =>
  decode(html.replace(/<title>[\s\S]*?<\/title>/g, "").replace(/<[^>]+>/g, "")).trim();

function svgOf(html: string): string {
  const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0];
  if (!svg) throw new Error("no <svg> in the markup");
  return svg;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function elementText(html: string, id: string): string {
  const match = new RegExp(`<(\\w+)[^>]*\\sid="${id}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  if (!match) throw new Error(`no element with id ${id}`);
  return textOf(match[2]!);
}

/** The SVG's accessible name, computed from aria-labelledby as a browser would. */
function accessibleName(html: string): string {
  const svgTag = /<svg[^>]*>/.exec(html)![0];
  const ids = attr(svgTag, "aria-labelledby")?.split(/\s+/) ?? [];
  return ids.map((id) => elementText(html, id)).join(" ");
}

const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, "g")) ?? [];
const num = (tag: string, name: string) => Number(attr(tag, name));
const bars = (html: string) =>
  tags(svgOf(html), "rect").filter((t) => t.includes("figure-chart__bar"));

function tableRows(html: string): [string, string][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => {
    const cells = [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      textOf(c[1]!),
    );
    return [cells[0]!, cells[1]!];
  });
}

/** Lengths drawn for each value: bar widths, column heights or point heights above zero. */
function drawnLengths(html: string, kind: ChartKind): number[] {
  if (kind === "bar") return bars(html).map((t) => num(t, "width"));
  if (kind === "column") return bars(html).map((t) => num(t, "height"));
  const axis = tags(svgOf(html), "line").find((t) => t.includes("figure-chart__axis"))!;
  return tags(svgOf(html), "circle").map((t) => num(axis, "y1") - num(t, "cy"));
}

function expectProportional(lengths: number[], values: readonly number[]) {
  expect(lengths).toHaveLength(values.length);
  const largest = values.reduce((i, v, j) => (Math.abs(v) > Math.abs(values[i]!) ? j : i), 0);
  const k = lengths[largest]! / values[largest]!;
  expect(Number.isFinite(k) && k > 0).toBe(true);
  values.forEach((v, i) => expect(lengths[i]!).toBeCloseTo(v * k, 1));
}

// --- tests ---

describe("the real figures", () => {
  it("are all read", () => {
    expect(realFigures.map((f) => f.id)).toEqual([
      "councillors-per-council",
      "funding-sources",
      "population-growth",
      "population-per-council",
      "seats-won-2017",
    ]);
  });

  describe.each(realFigures.map((f) => [f.id, f] as const))("%s", (_, figure) => {
    it.each(KINDS)(
      "as a %s chart: an image named by its title and every value in order",
      (kind) => {
        const html = render({ ...figure, chart: kind });
        const svgTag = /<svg[^>]*>/.exec(html)![0];
        expect(attr(svgTag, "role")).toBe("img");
        expect(attr(svgTag, "width")).toBe("100%");
        expect(attr(svgTag, "viewBox")).toMatch(new RegExp(`^0 0 ${WIDTH} \\d+(\\.\\d+)?$`));
        const name = accessibleName(html);
        expect(
          name.startsWith(`${figure.title} ${kind[0]!.toUpperCase()}${kind.slice(1)} chart. `),
        ).toBe(true);
        let from = 0;
        for (const d of figure.data) {
          const at = name.indexOf(`${d.label}: ${formatValue(d.value, figure.unit)}`, from);
          expect(at, `${d.label} after position ${from} in "${name}"`).toBeGreaterThanOrEqual(from);
          from = at + 1;
        }
      },
    );

    it.each(KINDS)("as a %s chart: a table with every label and value", (kind) => {
      const html = render({ ...figure, chart: kind });
      expect(tableRows(html)).toEqual(figure.data.map((d) => [d.label, en.format(d.value)]));
      const headers = [...html.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
        textOf(m[1]!),
      );
      expect(headers[1]).toBe(unitHeading(figure.unit));
      expect(html).toMatch(/<caption[^>]*>The figures in this chart/);
    });

    it.each(KINDS)("as a %s chart: lengths proportional to the values", (kind) => {
      const html = render({ ...figure, chart: kind });
      expectProportional(
        drawnLengths(html, kind),
        figure.data.map((d) => d.value),
      );
    });

    it("draws its chart kind with its summary, title and source", () => {
      const html = render(figure);
      expect(html).toMatch(/^<figure class="figure-chart" id="figure-[a-z0-9-]+" aria-labelledby=/);
      expect(html).toMatch(/^<figure[^>]*><figcaption class="figure-chart__caption"><h3 id=/);
      expect(textOf(/<figcaption[\s\S]*<\/figcaption>/.exec(html)![0])).toContain(
        String(figure.summary).slice(0, 40),
      );
      if (figure.source) expect(html).toContain(`Source: ${figure.source}`);
      else expect(html).not.toContain("figure-chart__source");
      expect(html).not.toMatch(/<script|NaN|Infinity|undefined/);
    });

    it("keeps every label that reads across inside the drawing at 320 px", () => {
      for (const kind of KINDS) {
        const svg = svgOf(render({ ...figure, chart: kind }));
        for (const [, textTag, content] of svg.matchAll(/(<text[^>]*>)([\s\S]*?)<\/text>/g)) {
          if (attr(textTag!, "transform")) continue;
          const anchor = attr(textTag!, "text-anchor");
          for (const [, spanAttrs, line] of content!.matchAll(/<tspan([^>]*)>([^<]*)<\/tspan>/g)) {
            const width = textWidth(decode(line!));
            const x = Number(attr(spanAttrs!, "x"));
            const left = anchor === "middle" ? x - width / 2 : anchor === "end" ? x - width : x;
            expect(left, `${kind}: "${line}"`).toBeGreaterThanOrEqual(-1);
            expect(left + width, `${kind}: "${line}"`).toBeLessThanOrEqual(WIDTH + 1);
          }
        }
      }
    });
  });

  it("describes the funding sources as a sentence", () => {
    const funding = realFigures.find((f) => f.id === "funding-sources")!;
    expect(accessibleName(render(funding))).toBe(
      "The main sources of the council's funding Bar chart. Locally raised council tax: 61%, " +
        "Specific government grants to be used for specific services: 22%, " +
        "Locally raised business rates: 12%.",
    );
  });

  it("writes thousands separators and units in the table and the name", () => {
    const growth = realFigures.find((f) => f.id === "population-growth")!;
    const html = render(growth);
    expect(tableRows(html)).toEqual([
      ["2015", "677,900"],
      ["2030", "864,200"],
    ]);
    expect(html).toContain('<th scope="col">Year</th>');
    expect(accessibleName(html)).toContain("2015: 677,900 people, 2030: 864,200 people.");
  });

  it("puts bar labels above their bars, wrapped to the drawing's width", () => {
    const funding = realFigures.find((f) => f.id === "funding-sources")!;
    const svg = svgOf(render(funding));
    const groups = [...svg.matchAll(/<g>([\s\S]*?)<\/g>/g)].map((g) => g[1]!);
    expect(groups).toHaveLength(3);
    for (const group of groups) {
      const label = /<text[^>]*>/.exec(group)![0];
      const bar = tags(group, "rect")[0]!;
      expect(num(label, "y")).toBeLessThan(num(bar, "y"));
    }
    expect(textOf(groups[1]!)).toContain("Specific government grants to be");
    expect(tags(/<text[\s\S]*?<\/text>/.exec(groups[1]!)![0], "tspan")).toHaveLength(2);
  });
});

describe("awkward data", () => {
  const mixed = [
    { label: "Rise", value: 12.5 },
    { label: "Fall", value: -4 },
    { label: "No change", value: 0 },
  ];

  it.each(KINDS)("draws negative and zero values in a %s chart", (kind) => {
    const html = render(synthetic(kind, mixed, { unit: "£m" }));
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(accessibleName(html)).toContain("Rise: £12.5m, Fall: -£4m, No change: £0m.");
    expect(tableRows(html)).toEqual([
      ["Rise", "12.5"],
      ["Fall", "-4"],
      ["No change", "0"],
    ]);
    const lengths = drawnLengths(html, kind);
    if (kind === "line") expectProportional(lengths, [12.5, -4, 0]);
    else expectProportional(lengths, [12.5, 4, 0]);
  });

  it("draws a negative bar to the left of zero and a negative column below it", () => {
    const barHtml = render(synthetic("bar", mixed));
    const [rise, fall] = bars(barHtml);
    expect(num(fall!, "x") + num(fall!, "width")).toBeCloseTo(num(rise!, "x"), 1);
    const columnHtml = render(synthetic("column", mixed));
    const [up, down] = bars(columnHtml);
    expect(num(down!, "y")).toBeCloseTo(num(up!, "y") + num(up!, "height"), 1);
  });

  it.each(KINDS)("draws a %s chart of zeros and one of negatives only", (kind) => {
    for (const data of [
      [
        { label: "A", value: 0 },
        { label: "B", value: 0 },
      ],
      [
        { label: "A", value: -3 },
        { label: "B", value: -1 },
      ],
    ]) {
      const html = render(synthetic(kind, data));
      expect(html).not.toMatch(/NaN|Infinity/);
      expect(tableRows(html)).toHaveLength(2);
      const viewBox = attr(/<svg[^>]*>/.exec(html)![0], "viewBox")!
        .split(" ")
        .map(Number);
      expect(viewBox[3]).toBeGreaterThan(0);
    }
  });

  it.each(KINDS)("draws a %s chart with one data point and no title", (kind) => {
    const html = render(
      synthetic(kind, [{ label: "Only", value: 1 }], { title: "", unit: "seats" }),
    );
    expect(html).not.toMatch(/<h3|aria-labelledby="figure-synthetic-title|NaN/);
    expect(accessibleName(html)).toBe(
      `${kind[0]!.toUpperCase()}${kind.slice(1)} chart. Only: 1 seat.`,
    );
    expect(tableRows(html)).toEqual([["Only", "1"]]);
    expect(drawnLengths(html, kind)[0]).toBeGreaterThan(0);
  });

  it("draws an empty figure without failing", () => {
    const html = render(synthetic("line", [], { title: " " }));
    expect(accessibleName(html)).toBe("Line chart. No data.");
    expect(tableRows(html)).toEqual([]);
  });

  it("abbreviates labels that do not fit and keeps them whole in the tooltip and the table", () => {
    const long = "Vale of White Horse District Council and its partners across the county";
    const html = render(
      synthetic(
        "column",
        [1, 2, 3, 4, 5, 6].map((v) => ({ label: long, value: v })),
      ),
    );
    expect(html).toContain(`<title>${long}</title>`);
    expect(tableRows(html)[0]![0]).toBe(long);
    expect(accessibleName(html)).toContain(`${long}: 1%`);
    for (const span of svgOf(html).matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)) {
      expect(textWidth(span[1]!)).toBeLessThanOrEqual(170);
    }
  });

  it("prefixes ids so one figure can appear twice on a page", () => {
    const html = render(synthetic("bar", mixed), { idPrefix: "print-" });
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.every((id) => id.startsWith("print-figure-synthetic"))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(accessibleName(html)).toMatch(/^A synthetic figure Bar chart\./);
  });

  it("takes a figure from the content graph as it is, with its summary", () => {
    // A compile-time check: the graph's Figure plus a summary is a ChartFigure.
    const fromGraph = (figure: Figure) => <FigureChart figure={{ ...figure, summary: "Text." }} />;
    expect(typeof fromGraph).toBe("function");
  });

  it("passes a rendered summary through", () => {
    const html = renderToStaticMarkup(
      <FigureChart
        figure={{
          ...synthetic("bar", mixed),
          summary: (
            <div className="prose">
              <p>Rich summary.</p>
            </div>
          ),
        }}
      />,
    );
    expect(html).toContain(
      '<figcaption class="figure-chart__caption"><h2 id="figure-synthetic-title" class="figure-chart__title">A synthetic figure</h2><div class="prose"><p>Rich summary.</p></div></figcaption>',
    );
  });
});

describe("chart helpers", () => {
  it("formats values with their units", () => {
    expect(formatValue(61, "%")).toBe("61%");
    expect(formatValue(677900, "people")).toBe("677,900 people");
    expect(formatValue(1, "people")).toBe("1 person");
    expect(formatValue(1, "seats")).toBe("1 seat");
    expect(formatValue(1, "libraries")).toBe("1 library");
    expect(formatValue(-4.5, "£m")).toBe("-£4.5m");
    expect(formatValue(1234.5, "£")).toBe("£1,234.5");
    expect(formatChartValue(864200, "people")).toBe("864,200");
    expect(formatChartValue(864200, "people", true)).toBe("864k");
    expect(unitHeading("councillors")).toBe("Councillors");
    expect(unitHeading("%")).toBe("Per cent (%)");
    expect(unitHeading("£m")).toBe("Amount (£m)");
  });

  it("separates items with semicolons when a label has a comma", () => {
    expect(
      describeChart(
        "column",
        [
          { label: "Cherwell, north", value: 2 },
          { label: "Oxford", value: 3 },
        ],
        "seats",
      ),
    ).toBe("Column chart. Cherwell, north: 2 seats; Oxford: 3 seats.");
  });

  it("wraps labels at spaces and cuts them short with an ellipsis", () => {
    expect(wrapLabel("Locally raised council tax", 40, 3)).toEqual({
      lines: ["Locally raised council tax"],
      truncated: false,
      cutWords: false,
    });
    const wrapped = wrapLabel("Specific government grants to be used for specific services", 12, 3);
    expect(wrapped.lines).toEqual(["Specific", "government", "grants to…"]);
    expect(wrapped.lines.every((l) => l.length <= 12)).toBe(true);
    expect(wrapped.truncated).toBe(true);
    expect(wrapLabel("Oxfordshire", 5, 3)).toEqual({
      lines: ["Oxfo…"],
      truncated: true,
      cutWords: true,
    });
    expect(wrapLabel("", 5, 3).lines).toEqual([]);
    expect(charsIn(WIDTH - 8)).toBeGreaterThanOrEqual(30);
  });
});

describe("the stylesheet", () => {
  const css = readFileSync("components/charts/charts.css", "utf8");
  const [screen] = css.split("@media");

  function luminance(hex: string): number {
    const full = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join("") : hex.slice(1);
    const [r, g, b] = [0, 2, 4].map((i) => {
      const c = parseInt(full.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }
  const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);

  it("meets WCAG 2.2 AA against white: 4.5:1 for text, 3:1 for bars, lines and axes", () => {
    const rules = [...screen!.matchAll(/([^{}]+)\{([^}]*)\}/g)];
    const checked: string[] = [];
    for (const [, selector, body] of rules) {
      for (const [, property, hex] of body!.matchAll(
        /(?:^|;|\s)(fill|stroke|color):\s*(?:var\([^,]+,\s*)?(#[0-9a-f]{3,6})/gi,
      )) {
        if (/value/.test(selector!) && property === "stroke") continue; // the white halo
        if (/point/.test(selector!) && property === "stroke") continue; // the marker's white edge
        if (/pattern__marks/.test(selector!)) continue; // white marks over a tone, tested with it
        const text = /text|source|caption|title/.test(selector!) && property !== "stroke";
        expect(contrast(hex!), `${selector!.trim()} ${property}: ${hex}`).toBeGreaterThanOrEqual(
          text ? 4.5 : 3,
        );
        checked.push(selector!.trim());
      }
    }
    expect(checked.join(" ")).toMatch(/__text.*__bar/s);
  });

  it("prints black on white and uses system colours in forced-colours mode", () => {
    expect(css).toMatch(/@media print \{[\s\S]*\.figure-chart__bar[\s\S]*fill: #000/);
    const forced = css.slice(css.indexOf("@media (forced-colors: active)"));
    expect(forced).toMatch(/\.figure-chart__bar[^{]*\{\s*fill: CanvasText/);
    expect(forced).toMatch(/\.figure-chart__axis[^{]*\{\s*stroke: CanvasText/);
    expect(forced).toContain("background: Canvas");
  });

  it("right-aligns the numbers in the table", () => {
    expect(css).toMatch(/\.figure-chart__number \{[^}]*text-align: right/);
  });
});
