import type { Service } from "../graph";
import type { ContentIssue } from "../issues";
import type { ActionFrontmatter } from "../schemas/priority";
import { at, type EntryOf } from "./context";

/**
 * `leadAsWritten` is shown beside an action's lead: "Public Health (the plan writes …)". It must
 * be a name the lead is known by, or the page says something false: its name or one of its other
 * names (`aliases`); for a joint lead, one name of each service joined by "/" ("Communities/ Public
 * Health"); "?" (or "??") where the plan names no lead; a name followed by "?" where the plan
 * queries the lead, which `leadCertainty: tentative` must then say too.
 */
export function leadAsWrittenIssues(
  entry: EntryOf<"priority">,
  index: number,
  leads: readonly Service[],
): ContentIssue[] {
  const action = entry.data.actions![index]!;
  const written = action.leadAsWritten?.trim();
  if (written === undefined) return [];
  const place = at(entry, ["actions", index, "leadAsWritten"]);
  if (/^\?+$/.test(written)) {
    return leads.length === 0 ? [] : [{ ...place, ...noLeadWritten(written, leads) }];
  }
  const queried = written.endsWith("?");
  const names = written.replace(/\s*\?$/, "");
  if (leads.length === 0) return [{ ...place, ...leadWrittenButNone(written) }];
  if (!namesEveryLead(names, leads)) return [{ ...place, ...notANameOfTheLead(written, leads) }];
  if (queried && action.leadCertainty !== "tentative") {
    return [{ ...at(entry, ["actions", index]), ...queriedButCertain(written, action) }];
  }
  return [];
}

/** Every part ("A/ B") is a name of one of the leads, and every lead is named. */
function namesEveryLead(names: string, leads: readonly Service[]): boolean {
  const named = new Set<Service>();
  for (const part of names.split("/").map((name) => name.trim())) {
    const service = leads.find((lead) => namesOf(lead).includes(part));
    if (!service) return false;
    named.add(service);
  }
  return named.size === leads.length;
}

function namesOf(service: Service): string[] {
  return [service.name, ...(service.aliases ?? [])];
}

function listOfNames(leads: readonly Service[]): string {
  return leads
    .map((lead) =>
      namesOf(lead)
        .map((name) => `'${name}'`)
        .join(" or "),
    )
    .join(", ");
}

function noLeadWritten(written: string, leads: readonly Service[]) {
  return {
    message: `The lead as the plan writes it says the plan names no lead ('${written}'), but the lead is ${leads.map((lead) => lead.name).join(" and ")}: the page would show both.`,
    expected: `no leadAsWritten, or a name of the lead: ${listOfNames(leads)}`,
    found: written,
    hint: "If the lead is now known, empty Lead as the plan writes it (remove leadAsWritten). If the plan still names no lead, remove the lead.",
  };
}

function leadWrittenButNone(written: string) {
  return {
    message: `The lead as the plan writes it is '${written}', but no lead service is chosen.`,
    expected: "a lead service",
    found: "no lead",
    hint: `Choose the service the plan means as the lead, or write '?' if the plan names no lead.`,
  };
}

function notANameOfTheLead(written: string, leads: readonly Service[]) {
  const lead = leads.map((service) => service.name).join(" and ");
  return {
    message: `'${written}' is not a name of the lead, ${lead}: the page would say the plan writes '${written}' for ${lead}.`,
    expected: `a name the lead is known by: ${listOfNames(leads)}${leads.length > 1 ? ", one for each, joined by '/'" : ""}`,
    found: written,
    hint: "If the lead changed, empty Lead as the plan writes it (remove leadAsWritten): it was the plan's wording for the old lead. If the plan does write the lead this way, add the wording to the service's Other names (aliases).",
  };
}

function queriedButCertain(written: string, action: ActionFrontmatter) {
  return {
    message: `The plan queries this lead ('${written}'), but How sure the lead is (leadCertainty) says ${action.leadCertainty ?? "nothing, which means confirmed"}.`,
    expected: "leadCertainty: tentative",
    found: action.leadCertainty ?? "no leadCertainty",
    hint: "Set How sure the lead is to tentative (leadCertainty: tentative), so residents are told the lead is not yet confirmed.",
  };
}
