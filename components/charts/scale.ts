/** The span of values a chart shows: always includes zero, never empty. */
export function valueDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  const low = Math.min(0, ...finite);
  const high = Math.max(0, ...finite);
  return low === high ? [0, 1] : [low, high];
}

/** Maps a value in `domain` linearly onto `range`; values that are not finite map to zero. */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + ((Number.isFinite(value) ? value : 0) - d0) * k;
}
