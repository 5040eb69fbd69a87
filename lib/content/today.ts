const LONDON_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The day an instant falls on in the council's time zone, YYYY-MM-DD. */
export function londonDay(instant: string | Date): string {
  return LONDON_DAY.format(typeof instant === "string" ? new Date(instant) : instant);
}

/**
 * Today in the council's time zone, YYYY-MM-DD: the one place that reads the clock for a date, so
 * the build, the server, the importers and the editor agree at midnight (a UK morning in summer is
 * still yesterday in UTC).
 */
export function today(now: Date = new Date()): string {
  return londonDay(now);
}
