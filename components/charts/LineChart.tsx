import { ChartFrame, ValueText } from "./ChartFrame";
import { layoutVertical } from "./layout-vertical";
import { SvgText } from "./SvgText";
import type { ChartProps, Datum } from "./types";

/** A line through the values, a marker and a value at each point, labels below the chart. */
export function LineChart({ data, unit, labelledBy }: ChartProps) {
  const { height, axis, points } = layoutVertical(data, unit, (i) => dipsAt(data, i));
  return (
    <ChartFrame height={height} labelledBy={labelledBy}>
      <line className="figure-chart__axis" x1={axis.x1} x2={axis.x2} y1={axis.y} y2={axis.y} />
      {points.length > 1 ? (
        <polyline
          className="figure-chart__line"
          fill="none"
          points={points.map((p) => `${p.cx},${p.y}`).join(" ")}
        />
      ) : null}
      {points.map((p, i) => (
        <g key={i}>
          <circle className="figure-chart__point" cx={p.cx} cy={p.y} r={5} />
          <ValueText value={p.value} />
          <SvgText {...p.label} anchor={p.label.transform ? "end" : "middle"} />
        </g>
      ))}
    </ChartFrame>
  );
}

/** A value goes below its point where the point lies below its neighbours, clear of the line. */
function dipsAt(data: readonly Datum[], i: number): boolean {
  const neighbours = [data[i - 1], data[i + 1]].filter((d) => d !== undefined);
  const value = data[i]?.value ?? 0;
  if (neighbours.length === 0) return value < 0;
  return value < neighbours.reduce((sum, d) => sum + d.value, 0) / neighbours.length;
}
