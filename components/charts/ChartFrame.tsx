import type { ReactNode } from "react";
import { FONT_SIZE, WIDTH } from "./geometry";
import { SvgText } from "./SvgText";

/** The SVG every chart draws in: as wide as its column, named by the figure's title and summary. */
export function ChartFrame({
  height,
  labelledBy,
  children,
}: {
  height: number;
  labelledBy: string;
  children: ReactNode;
}) {
  return (
    <svg
      className="figure-chart__svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      fontSize={FONT_SIZE}
      role="img"
      aria-labelledby={labelledBy}
    >
      {children}
    </svg>
  );
}

/** A data value written next to its bar, column or point. */
export function ValueText({
  value,
  anchor = "middle",
}: {
  value: { x: number; y: number; text: string };
  anchor?: "start" | "middle" | "end";
}) {
  return (
    <SvgText
      x={value.x}
      y={value.y}
      lines={[value.text]}
      anchor={anchor}
      className="figure-chart__text figure-chart__value"
    />
  );
}
