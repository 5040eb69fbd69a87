import type { ChartKind, Datum } from "./types";

const whole = new Intl.NumberFormat("en-GB");
const compact = new Intl.NumberFormat("en-GB", {
  notation: "compact",
  maximumSignificantDigits: 3,
});

/** A number with thousands separators, e.g. 677,900. */
export function formatNumber(value: number): string {
  return whole.format(value);
}

const CURRENCY = /^[£$€]/;

/** How a unit is written next to a number. */
function unitKind(unit: string): "percent" | "currency" | "word" {
  if (unit.trim() === "%") return "percent";
  if (CURRENCY.test(unit.trim())) return "currency";
  return "word";
}

function withSymbol(value: number, unit: string, number: (n: number) => string): string | null {
  const u = unit.trim();
  switch (unitKind(u)) {
    case "percent":
      return `${number(value)}%`;
    case "currency":
      return `${value < 0 ? "-" : ""}${u[0]}${number(Math.abs(value))}${u.slice(1)}`;
    default:
      return null;
  }
}

/** A value with its unit, as a sentence would say it: "61%", "£4.5m", "63 councillors", "1 seat". */
export function formatValue(value: number, unit: string): string {
  return (
    withSymbol(value, unit, formatNumber) ??
    `${formatNumber(value)} ${Math.abs(value) === 1 ? singular(unit.trim()) : unit.trim()}`
  );
}

/**
 * A value as a chart labels it: symbols ("%", "£m") stay, words ("people") are left to the title and
 * the table. `short` abbreviates large numbers (864K) for narrow columns.
 */
export function formatChartValue(value: number, unit: string, short = false): string {
  const number = short ? (n: number) => compact.format(n) : formatNumber;
  return withSymbol(value, unit, number) ?? number(value);
}

/** The heading of the table's value column: "Per cent (%)", "Amount (£m)", "Councillors". */
export function unitHeading(unit: string): string {
  const u = unit.trim();
  switch (unitKind(u)) {
    case "percent":
      return "Per cent (%)";
    case "currency":
      return `Amount (${u})`;
    default:
      return /^[a-z]/.test(u) ? `${u[0]!.toUpperCase()}${u.slice(1)}` : u;
  }
}

const KIND_NAMES: Record<ChartKind, string> = {
  bar: "Bar chart",
  column: "Column chart",
  line: "Line chart",
};

/**
 * A chart's text equivalent, every value with its unit in the document's order:
 * "Bar chart. Locally raised council tax: 61%, Locally raised business rates: 12%."
 */
export function describeChart(kind: ChartKind, data: readonly Datum[], unit: string): string {
  const name = KIND_NAMES[kind] ?? KIND_NAMES.bar;
  if (data.length === 0) return `${name}. No data.`;
  const separator = data.some((d) => d.label.includes(",")) ? "; " : ", ";
  const items = data.map((d) => `${d.label.trim()}: ${formatValue(d.value, unit)}`).join(separator);
  return `${name}. ${items}${items.endsWith(".") ? "" : "."}`;
}

/** "people" → "person", "seats" → "seat", "libraries" → "library"; anything else unchanged. */
function singular(unit: string): string {
  if (unit === "people") return "person";
  if (/[^aeiou]ies$/.test(unit)) return `${unit.slice(0, -3)}y`;
  if (/[^s]s$/.test(unit)) return unit.slice(0, -1);
  return unit;
}
