import type { Measure } from "./graph";

/**
 * How a measure is going, in words, from its own figures only: the latest value against the one
 * before it (or the baseline), in the direction the measure counts as better, and against its
 * target. Says so when there is too little to tell.
 */
export function measureTrend(measure: Measure): string {
  const data = measure.data ?? [];
  const latest = data.at(-1);
  if (!latest) return "No figures reported yet.";
  const previous = data.at(-2) ?? (measure.baseline ? { ...measure.baseline } : undefined);
  const direction = previous ? compare(latest.value, previous.value, measure.better) : undefined;
  const parts = [`Latest: ${latest.value} ${measure.unit} (${latest.period}).`];
  if (previous && direction) parts.push(`${direction} since ${previous.period}.`);
  if (measure.target) {
    const met = compare(latest.value, measure.target.value, measure.better) !== "Worsening";
    parts.push(met ? "The target is met." : "The target is not yet met.");
  }
  return parts.join(" ");
}

function compare(
  value: number,
  before: number,
  better: Measure["better"],
): "Improving" | "Worsening" | "Maintaining" {
  if (value === before) return "Maintaining";
  return value > before === (better === "higher") ? "Improving" : "Worsening";
}
