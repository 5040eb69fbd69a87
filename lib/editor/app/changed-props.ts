/**
 * Whether a control of Decap's form is given anything new: by value for the metadata (Decap makes
 * it afresh at every change, equal to the last), by identity for everything else, so that any
 * change Decap makes still reaches the control. Apart from list-item-control.ts, which loads
 * Decap, so that it is tested on its own.
 */
export type Props = Readonly<Record<string, unknown>>;

export function changedProps(before: Props, after: Props): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (before[key] === after[key]) continue;
    if (key === "metadata" && sameValue(before[key], after[key])) continue;
    return true;
  }
  return false;
}

/** Immutable's value equality, without depending on which copy of Immutable made the values. */
function sameValue(a: unknown, b: unknown): boolean {
  const equals = (a as { equals?: unknown } | null | undefined)?.equals;
  return typeof equals === "function" && equals.call(a, b) === true;
}
