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
  if (!DAY.test(day) || !isRealDate(day)) {
    return {
      message: `“${day.slice(0, 40)}” is not a date in the calendar: write it as year-month-day, e.g. ${urls.datedReference(historyKey(citable), "2026-03-01")}.`,
      suggestions: [{ label: `${historyKey(citable)} as it is today`, path: today }],
    };
  }
  const canonical = urls.datedReference(historyKey(citable), day);
  if (canonical !== path) return { location: canonical };
  const now = context.today();
  if (day > now) {
    return {
      message: `${formatDate(day)} has not come yet: an item can be cited as it stood on any day up to today.`,
      suggestions: [
        asAt(citable, now, "today"),
        { label: `${historyKey(citable)} as it is today`, path: today },
      ],
    };
  }
  const history = itemHistory(context.history(), citable);
  const first = history?.versions[0];
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

function asAt(citable: Citable, day: string, when: string): Suggestion {
  return {
    label: `${historyKey(citable)} as it stood on ${formatDate(day)} (${when})`,
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

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
