import { LINE_HEIGHT } from "./geometry";

/**
 * Lines of text in the drawing, the first baseline at `y`. When a label was cut short its full
 * text is the tooltip; the table and the chart's accessible name always hold it in full.
 */
export function SvgText({
  x,
  y,
  lines,
  anchor = "start",
  full,
  transform,
  className = "figure-chart__text",
}: {
  x: number;
  y: number;
  lines: readonly string[];
  anchor?: "start" | "middle" | "end";
  full?: string;
  transform?: string;
  className?: string;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} transform={transform} className={className}>
      {full ? <title>{full}</title> : null}
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? undefined : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
