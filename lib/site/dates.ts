/**
 * A date as the site's pages write it, "1 March 2026", in the council's time zone. Words for
 * readers, so not the content model's: the model keeps dates as YYYY-MM-DD.
 */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/London",
  });
}
