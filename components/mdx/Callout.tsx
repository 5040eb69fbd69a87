import type { ReactNode } from "react";

/** A highlighted box for a point the reader should not miss. */
export function Callout({ children }: { children?: ReactNode }) {
  return <div className="callout">{children}</div>;
}
