import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Reads the council's two source documents (as extracted to text) into the items the site must
 * carry: the 2022-25 priorities with their commitments and objectives, and every 2018-21
 * delivery-plan action. The parser knows the extraction's layout (tab-separated table cells, tables
 * repeated after page breaks), not the site: it is the independent side of the fidelity test.
 */
const SOURCES = path.resolve(import.meta.dirname, "../fixtures/sources");

export interface SourceStrategicPriority {
  title: string;
  commitment: string;
  objectives: string[];
}

export interface SourceAction {
  /** 1-based position of the priority's table in Annex A. */
  priority: number;
  number: number;
  /** The action's text as extracted, with rows cut by page breaks joined. */
  text: string;
  /** The lead cell(s), joined; "" when empty. */
  lead: string;
}

const stripTags = (cell: string) => cell.replace(/<[^>]+>/g, "").trim();

export function parseStrategicPlan(): SourceStrategicPriority[] {
  const text = readFileSync(path.join(SOURCES, "strategic-plan-2022-25.txt"), "utf8");
  const priorities: SourceStrategicPriority[] = [];
  for (const line of text.split("\n")) {
    if (!line.includes("\t")) continue;
    const [first = "", second = "", third = ""] = line.split("\t").map(stripTags);
    if (first.startsWith("Our strategic priorities") || first === "--") continue;
    if (first) priorities.push({ title: first, commitment: second, objectives: [] });
    const current = priorities.at(-1);
    if (!current) continue;
    if (!first && second) current.commitment += ` ${second}`;
    if (third) current.objectives.push(third);
  }
  return priorities;
}

const HEADER = /^No\tActivity\t/;
const ACTION_ROW = /^(\d+)\.\t/;

export function parseDeliveryPlan(): SourceAction[] {
  const text = readFileSync(path.join(SOURCES, "corporate-plan-2018-21.txt"), "utf8");
  const annex = text.slice(
    text.lastIndexOf("ANNEX A: OUR DELIVERY PLAN"),
    text.lastIndexOf("ANNEX B"),
  );
  const actions: SourceAction[] = [];
  let priority = 0;
  for (const line of annex.split("\n")) {
    if (line.startsWith("Priority:")) {
      priority += 1;
      continue;
    }
    if (HEADER.test(line)) continue;
    if (!line.includes("\t")) continue;
    const cells = line.split("\t").map((cell) => cell.trim());
    const match = ACTION_ROW.exec(line);
    if (match) {
      actions.push({
        priority,
        number: Number(match[1]),
        text: cells[1] ?? "",
        lead: cells[2] ?? "",
      });
      continue;
    }
    // A row without a number continues the previous action when that action was cut (its text
    // cell empty, its text stopping on "and", "the"…, or the row starting in lower case) or when
    // the row has a lead (sub-headings never have one); otherwise it is a sub-heading, which the
    // site shows as a heading. A one-character lead cell ("•") is layout debris.
    const last = actions.at(-1);
    const body = cells[1] ?? "";
    const lead = (cells[2] ?? "").length > 1 ? cells[2]! : "";
    const continues =
      last !== undefined &&
      last.priority === priority &&
      (last.text === "" ||
        lead !== "" ||
        /^[a-z]/.test(body) ||
        /\b(and|the|of|to|for)$/.test(last.text));
    if (continues) {
      last.text = `${last.text} ${body}`.trim();
      last.lead = `${last.lead} ${lead}`.trim();
    }
  }
  return actions;
}
