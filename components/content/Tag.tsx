import type { ReactNode } from "react";

/** A short label, e.g. a reference or a status, in the GOV.UK tag style. */
export function Tag({
  children,
  tone = "blue",
}: {
  children: ReactNode;
  tone?: "blue" | "grey" | "yellow";
}) {
  return <strong className={`tag tag--${tone}`}>{children}</strong>;
}
