import type { ReactNode } from "react";
import { BarChart } from "./BarChart";
import { ColumnChart } from "./ColumnChart";
import { DataTable } from "./DataTable";
import { describeChart } from "./format";
import { LineChart } from "./LineChart";
import type { ChartFigure, ChartKind, ChartProps } from "./types";

export type { ChartFigure, ChartKind, Datum } from "./types";

const CHARTS: Record<ChartKind, (props: ChartProps) => ReactNode> = {
  bar: BarChart,
  column: ColumnChart,
  line: LineChart,
};

export interface FigureChartProps {
  figure: ChartFigure;
  /** The level of the figure's title in the page's outline. */
  headingLevel?: "h2" | "h3" | "h4";
  /** Prefixes the element ids, where the same figure could appear twice on a page. */
  idPrefix?: string;
}

/**
 * A figure from a plan: its title and text summary, a chart drawn as inline SVG (no script) whose
 * accessible name lists every value, the numbers as a table, and the source.
 */
export function FigureChart({
  figure,
  headingLevel: Heading = "h2",
  idPrefix = "",
}: FigureChartProps) {
  const id = `${idPrefix}figure-${figure.id}`;
  const title = figure.title.trim();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const Chart = CHARTS[figure.chart] ?? BarChart;
  const summary =
    typeof figure.summary === "string"
      ? figure.summary.trim() && <p>{figure.summary}</p>
      : (figure.summary ?? null);
  return (
    <figure className="figure-chart" id={id} aria-labelledby={title ? titleId : undefined}>
      {title || summary ? (
        <figcaption className="figure-chart__caption">
          {title ? (
            <Heading id={titleId} className="figure-chart__title">
              {title}
            </Heading>
          ) : null}
          {summary}
        </figcaption>
      ) : null}
      <Chart
        id={id}
        data={figure.data}
        unit={figure.unit}
        labelledBy={title ? `${titleId} ${descriptionId}` : descriptionId}
      />
      <span hidden id={descriptionId}>
        {describeChart(figure.chart, figure.data, figure.unit)}
      </span>
      <DataTable
        data={figure.data}
        unit={figure.unit}
        title={title}
        labelHeading={figure.labelHeading}
      />
      {figure.source ? <p className="figure-chart__source">Source: {figure.source}</p> : null}
    </figure>
  );
}
