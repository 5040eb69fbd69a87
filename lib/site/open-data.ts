import type { ContentGraph } from "../content/graph";
import { actionPath, absoluteUrl } from "../urls";

export interface ActionRecord {
  reference: string;
  plan: string;
  priority_reference: string;
  priority: string;
  group: string;
  number: number;
  text: string;
  lead: string;
  member_lead: string;
  themes: string;
  permalink: string;
}

const COLUMNS: (keyof ActionRecord)[] = [
  "reference",
  "plan",
  "priority_reference",
  "priority",
  "group",
  "number",
  "text",
  "lead",
  "member_lead",
  "themes",
  "permalink",
];

/** Every delivery-plan action as a flat record, for /data/actions.json and .csv. */
export function actionRecords(graph: ContentGraph): ActionRecord[] {
  return graph.plans.flatMap((plan) =>
    plan.priorities.flatMap((priority) =>
      priority.actions.map((action) => ({
        reference: action.reference,
        plan: plan.title,
        priority_reference: priority.reference,
        priority: priority.title,
        group: action.group,
        number: action.number,
        text: action.text,
        lead: action.leads.map((service) => service.name).join("; "),
        member_lead: action.memberLead ?? "",
        themes: action.themes.map((theme) => theme.title).join("; "),
        permalink: absoluteUrl(graph.site.siteUrl, actionPath(action)),
      })),
    ),
  );
}

/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends. */
export function toCsv(records: readonly ActionRecord[]): string {
  const quote = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
  const lines = [
    COLUMNS.map(quote).join(","),
    ...records.map((record) => COLUMNS.map((column) => quote(record[column])).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}
