import { ChartFrame, ValueText } from "./ChartFrame";
import { layoutBars } from "./layout-bar";
import { SvgText } from "./SvgText";
import type { ChartProps } from "./types";

/** Horizontal bars, each with its label above it and its value at its end. */
export function BarChart({ data, unit, labelledBy }: ChartProps) {
  const { height, rows } = layoutBars(data, unit);
  return (
    <ChartFrame height={height} labelledBy={labelledBy}>
      {rows.map((row, i) => (
        <g key={i}>
          <SvgText {...row.label} />
          <rect className="figure-chart__bar" {...row.bar} />
          <line
            className="figure-chart__axis"
            x1={row.axis.x}
            x2={row.axis.x}
            y1={row.axis.y1}
            y2={row.axis.y2}
          />
          <ValueText value={row.value} anchor={row.value.anchor} />
        </g>
      ))}
    </ChartFrame>
  );
}
