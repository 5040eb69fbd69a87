import { ChartFrame, ValueText } from "./ChartFrame";
import { layoutVertical } from "./layout-vertical";
import { SvgText } from "./SvgText";
import type { ChartProps } from "./types";

/** Vertical columns from zero, each value at the column's end and labels below the chart. */
export function ColumnChart({ data, unit, labelledBy }: ChartProps) {
  const { height, axis, points } = layoutVertical(data, unit, (i) => (data[i]?.value ?? 0) < 0);
  return (
    <ChartFrame height={height} labelledBy={labelledBy}>
      {points.map((p, i) => (
        <g key={i}>
          <rect className="figure-chart__bar" {...p.column} />
          <ValueText value={p.value} />
          <SvgText {...p.label} anchor={p.label.transform ? "end" : "middle"} />
        </g>
      ))}
      <line className="figure-chart__axis" x1={axis.x1} x2={axis.x2} y1={axis.y} y2={axis.y} />
    </ChartFrame>
  );
}
