import { FONT_SIZE, WIDTH } from "./geometry";
import { layoutVertical } from "./layout-vertical";
import { SvgText } from "./SvgText";
import type { ChartProps } from "./types";

/** Vertical columns from zero, each value at the column's end and labels below the chart. */
export function ColumnChart({ data, unit, labelledBy }: ChartProps) {
  const { height, axis, points } = layoutVertical(data, unit, (i) => (data[i]?.value ?? 0) < 0);
  return (
    <svg
      className="figure-chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      fontSize={FONT_SIZE}
      role="img"
      aria-labelledby={labelledBy}
    >
      {points.map((p, i) => (
        <g key={i}>
          <rect className="figure-chart__bar" {...p.column} />
          <SvgText
            x={p.value.x}
            y={p.value.y}
            lines={[p.value.text]}
            anchor="middle"
            className="figure-chart__text figure-chart__value"
          />
          <SvgText {...p.label} anchor={p.label.transform ? "end" : "middle"} />
        </g>
      ))}
      <line className="figure-chart__axis" x1={axis.x1} x2={axis.x2} y1={axis.y} y2={axis.y} />
    </svg>
  );
}
