import type { ReactNode } from "react";
import type { Look } from "./patterns";

export type ChartKind = "bar" | "column" | "line";

export interface Datum {
  label: string;
  value: number;
  /** A colour and pattern of its own (a status's), drawn with a key beside the label. */
  look?: Look;
}

/** A figure as the content model holds it (lib/content/schemas/figure.ts), plus its text summary. */
export interface ChartFigure {
  id: string;
  title: string;
  unit: string;
  chart: ChartKind;
  source?: string;
  data: readonly Datum[];
  /** The figure's text summary, e.g. its compiled MDX body. */
  summary?: ReactNode;
  /** Heading of the table's first column; guessed from the labels when not given. */
  labelHeading?: string;
}

/** What every chart drawing gets. */
export interface ChartProps {
  data: readonly Datum[];
  unit: string;
  /** Space-separated ids that name the chart (aria-labelledby). */
  labelledBy: string;
  /** Unique on the page: ids inside the drawing start with it. */
  id: string;
}
