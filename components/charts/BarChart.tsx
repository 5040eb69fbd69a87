import { ChartFrame, ValueText } from "./ChartFrame";
import { layoutBars } from "./layout-bar";
import { PatternDefs, patternId } from "./patterns";
import { SvgText } from "./SvgText";
import type { ChartProps } from "./types";

/**
 * Horizontal bars, each with its label above it and its value at its end. A bar with a look of its
 * own (a status's colour and pattern) is filled with it, and a key of the same fill leads its label.
 */
export function BarChart({ data, unit, labelledBy, id }: ChartProps) {
  const { height, rows } = layoutBars(data, unit);
  const looks = data.flatMap((d) => (d.look ? [d.look] : []));
  return (
    <ChartFrame height={height} labelledBy={labelledBy}>
      <PatternDefs prefix={id} looks={looks} />
      {rows.map((row, i) => {
        const look = data[i]?.look;
        const fill = look ? `url(#${patternId(id, look)})` : undefined;
        return (
          <g key={i}>
            {row.key ? (
              <rect
                className={`figure-chart__key ${look?.className ?? ""}`}
                x={row.key.x}
                y={row.key.y}
                width={row.key.size}
                height={row.key.size}
                fill={fill}
              />
            ) : null}
            <SvgText {...row.label} />
            {/* A zero-wide rect is not drawn, stroke and all (SVG 1.1, 9.2). */}
            <rect
              className={`figure-chart__bar ${look?.className ?? ""}`.trim()}
              {...row.bar}
              fill={fill}
            />
            <line
              className="figure-chart__axis"
              x1={row.axis.x}
              x2={row.axis.x}
              y1={row.axis.y1}
              y2={row.axis.y2}
            />
            <ValueText value={row.value} anchor={row.value.anchor} />
          </g>
        );
      })}
    </ChartFrame>
  );
}
