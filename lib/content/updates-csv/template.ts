import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "../csv-cells";
import type { Plan } from "../graph";
import { currentUpdate, itemsOfPlan, isAction } from "../progress";
import { UPDATE_COLUMNS } from "./rows";

/**
 * The sheet a service fills in for a quarter: one row an action or objective of the plan, with its
 * reference, words, lead and current status to read, and the five update columns left empty.
 * Written with a byte-order mark, so Excel opens it as UTF-8.
 */
export function updateTemplate(plan: Plan): string {
  const rows = itemsOfPlan(plan).map((item) => {
    const current = currentUpdate(item);
    return {
      reference: item.reference,
      date: "",
      status: "",
      percent: "",
      summary: "",
      text: item.text,
      lead: isAction(item) ? item.leads.map((service) => service.name).join("; ") : "",
      current_status: current?.status.name ?? "Not yet reported",
      current_date: current?.date ?? "",
    };
  });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...UPDATE_COLUMNS, "text", "lead", "current_status", "current_date"],
    quoted: true,
    quoted_empty: true,
    record_delimiter: "windows",
    cast: { string: neutraliseFormula },
  });
}
