import type { Citable, Site } from "../content/graph";
import { formatDate } from "./dates";
import { absoluteUrl, urls } from "./urls";

export interface Citation {
  reference: string;
  /** The permanent short link: it survives renames and moves. */
  permalink: string;
  /** The same link on this site, for the page's own link to it. */
  permalinkPath: string;
  /** A ready sentence for a committee report. */
  text: string;
}

/** How a councillor cites a priority, objective or action: made here and nowhere else. */
export function citationFor(site: Site, citable: Citable): Citation {
  const { reference, plan, words } = describe(citable);
  const permalinkPath = urls.reference(reference);
  const permalink = absoluteUrl(site.siteUrl, permalinkPath);
  return {
    reference,
    permalink,
    permalinkPath,
    text: `${site.name}, ${plan}, ${reference}: ${firstWords(words)}, ${permalink}`,
  };
}

/**
 * The same item cited as it stood at the end of a day: "CP18-2.16, as at 1 March 2026", with the
 * dated link (/ref/CP18-2.16/2026-03-01) that shows that day's wording for good, even after it
 * changes. `words` are the item's words on that day.
 */
export function datedCitationFor(site: Site, citable: Citable, day: string): Citation {
  const { reference, plan, words } = describe(citable);
  const permalinkPath = urls.datedReference(reference, day);
  const permalink = absoluteUrl(site.siteUrl, permalinkPath);
  const asAt = `${reference}, as at ${formatDate(day)}`;
  return {
    reference: asAt,
    permalink,
    permalinkPath,
    text: `${site.name}, ${plan}, ${asAt}: ${firstWords(words)}, ${permalink}`,
  };
}

function describe(citable: Citable): { reference: string; plan: string; words: string } {
  switch (citable.kind) {
    case "priority":
      return {
        reference: citable.priority.reference,
        plan: citable.priority.plan.title,
        words: citable.priority.title,
      };
    case "objective":
      return {
        reference: citable.objective.reference,
        plan: citable.objective.priority.plan.title,
        words: citable.objective.text,
      };
    case "action":
      return {
        reference: citable.action.reference,
        plan: citable.action.priority.plan.title,
        words: citable.action.text,
      };
  }
}

function firstWords(text: string, count = 12): string {
  const words = text.trim().split(/\s+/);
  if (words.length <= count) return text.trim().replace(/[.;:,]$/, "");
  return `${words
    .slice(0, count)
    .join(" ")
    .replace(/[.;:,]$/, "")}…`;
}
