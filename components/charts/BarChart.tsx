import { FONT_SIZE, WIDTH } from "./geometry";
import { layoutBars } from "./layout-bar";
import { SvgText } from "./SvgText";
import type { ChartProps } from "./types";

/** Horizontal bars, each with its label above it and its value at its end. */
export function BarChart({ data, unit, labelledBy }: ChartProps) {
  const { height, rows } = layoutBars(data, unit);
  return (
    <svg
      className="figure-chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      fontSize={FONT_SIZE}
      role="img"
      aria-labelledby={labelledBy}
    >
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
          <SvgText
            x={row.value.x}
            y={row.value.y}
            lines={[row.value.text]}
            anchor={row.value.anchor}
            className="figure-chart__text figure-chart__value"
          />
        </g>
      ))}
    </svg>
  );
}
