import type { Citable, ContentGraph } from "../content/graph";
import { formatDate } from "./dates";
import { nearestKey } from "../content/nearest";
import { normaliseReference } from "../content/references";
import { isRealDate } from "../content/schemas/progress";
import { urls } from "./urls";
import { historyKey, itemHistory } from "./item-history";
import type { ResolveContext, Suggestion, UnlistedAnswer } from "./page-kind";

/** A citation of an item as it stood at the end of a day: /ref/CP18-2.16/2026-03-01. */
export interface DatedCitation {
  citable: Citable;
  /** YYYY-MM-DD, in the council's time zone. */
  day: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Answers /ref/<reference>/<date>, rendered per request since any day may be cited: the item as it
 * stood that day, another spelling's redirect, or our 404 with the nearest dates that exist. A
 * day in the future, before the item was first published on the site, or not in the calendar has
 * no page. Without history every real past day has a page that says it cannot be shown.
 */
export function answerDatedCitation(
  graph: ContentGraph,
  path: string,
  context: ResolveContext,
): UnlistedAnswer<DatedCitation> {
  const [, , rawReference = "", rawDay = ""] = path.split("/");
  const reference = normaliseReference(safeDecode(rawReference));
  const day = safeDecode(rawDay);
  const citable = graph.byReference.get(reference);
  if (!citable) return unknownReference(graph, reference, day);
  const today = urls.reference(historyKey(citable));
  const now = context.today();
  const first = itemHistory(context.history(), citable)?.versions[0];
  if (!DAY.test(day) || !isRealDate(day)) {
    // The real days nearest the one written, within the days the item can be cited on.
    const nearest = nearestDays(day).map((near) =>
      near > now ? now : first && near < first.day ? first.day : near,
    );
    return {
      message: `“${day.slice(0, 40)}” is not a date in the calendar: write it as year-month-day, e.g. ${urls.datedReference(historyKey(citable), now)}.`,
      suggestions: [
        ...[...new Set(nearest)].map((near) => asAt(citable, near)),
        { label: `${historyKey(citable)} as it is today`, path: today },
      ],
    };
  }
  const canonical = urls.datedReference(historyKey(citable), day);
  if (canonical !== path) return { location: canonical };
  if (day > now) {
    return {
      message: `${formatDate(day)} has not come yet: an item can be cited as it stood on any day up to today.`,
      suggestions: [
        asAt(citable, now, "today"),
        { label: `${historyKey(citable)} as it is today`, path: today },
      ],
    };
  }
  if (first && day < first.day) {
    return {
      message: `${historyKey(citable)} was first published on this site on ${formatDate(first.day)}: its history here starts that day.`,
      suggestions: [
        asAt(citable, first.day, "when it was first published here"),
        { label: `${historyKey(citable)} as it is today`, path: today },
      ],
    };
  }
  return { params: { citable, day } };
}

function asAt(citable: Citable, day: string, when?: string): Suggestion {
  return {
    label: `${historyKey(citable)} as it stood on ${formatDate(day)}${when ? ` (${when})` : ""}`,
    path: urls.datedReference(historyKey(citable), day),
  };
}

function unknownReference(graph: ContentGraph, reference: string, day: string) {
  const dated = DAY.test(day) && isRealDate(day);
  const suggestions = nearestKey(reference, graph.byReference, 5).map((nearest) => ({
    label: dated ? `${nearest} as it stood on ${formatDate(day)}` : nearest,
    path: dated ? urls.datedReference(nearest, day) : urls.reference(nearest),
  }));
  return {
    message: "There is no priority, objective or action with that reference.",
    suggestions,
  };
}

const NUMBERS_YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMBERS_DAY_FIRST = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/;

/**
 * The days in the calendar nearest a date written in numbers that is not one: 2026-02-30 lies
 * between 28 February and 1 March; 2026-4-1, and 1-4-2026 in the UK's order, mean 1 April; a month
 * past 12 is read as December. Words ("yesterday") have no nearest day.
 */
export function nearestDays(text: string): string[] {
  const yearFirst = NUMBERS_YEAR_FIRST.exec(text);
  const dayFirst = NUMBERS_DAY_FIRST.exec(text);
  const [year, month, day] = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3]].map(Number)
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]].map(Number)
      : [];
  if (year === undefined || month === undefined || day === undefined) return [];
  const inYear = Math.min(Math.max(month, 1), 12);
  const lastDay = utcDay(year, inYear + 1, 0).getUTCDate();
  const days = [isoDay(year, inYear, Math.min(Math.max(day, 1), lastDay))];
  // A day past the month's end is as near the first of the next month.
  if (month === inYear && day > lastDay) days.push(isoDay(year, inYear + 1, 1));
  return days;
}

function isoDay(year: number, month: number, day: number): string {
  return utcDay(year, month, day).toISOString().slice(0, 10);
}

/** A day as a Date (months from 1); unlike Date.UTC, years below 100 stay themselves. */
function utcDay(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
