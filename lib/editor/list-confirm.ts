/**
 * What the editor asks before it removes or moves an entry of a list in the form, and what that
 * means. Objectives and actions are cited by their number: removing one that has been published
 * is refused by the content check, and the way to take it out of the plan is to mark it withdrawn.
 * Plain data in, words out (app/council-editor.ts asks them).
 */

export interface ListChange {
  /** The list field's name in the file, e.g. "actions", and its label in the form. */
  field: string;
  label: string;
  /** The label of one entry of the list, e.g. "Action" (Decap's label_singular). */
  singular: string;
  /** The entry as the form holds it (a record for lists of fields, a value for lists of values). */
  item: unknown;
}

/** Lists whose entries are cited by number, and what one is called. */
const CITED: Readonly<Record<string, string>> = { actions: "action", objectives: "objective" };

export function removeQuestion({ field, label, singular, item }: ListChange): string {
  const cited = CITED[field];
  const number = numberOf(item);
  if (cited && number !== undefined) {
    return [
      `Remove ${cited} ${number} from this priority?`,
      `Councillors cite ${cited}s by their number and web address, so once its page has been published, the content check will refuse to publish its removal.`,
      `To take ${cited} ${number} out of the plan, keep it and fill in “Withdrawn” (the date and the reason) instead: its page stays and says that it was withdrawn.`,
    ].join("\n\n");
  }
  if (field === "updates" && isRecord(item) && typeof item.date === "string") {
    return `Remove the progress update of ${item.date}? Residents will no longer see it.`;
  }
  const name = describe(item);
  return `Remove ${name ? `“${name}”` : `this ${singular.toLowerCase()}`} from ${label}?`;
}

export function moveQuestion(change: ListChange, from: number, to: number): string {
  const cited = CITED[change.field];
  const number = numberOf(change.item);
  const what =
    cited && number !== undefined ? `${cited} ${number}` : `this ${change.singular.toLowerCase()}`;
  const keeps =
    cited && number !== undefined ? ` Its number and web address stay as they are.` : "";
  return `Move ${what} from place ${from + 1} to place ${to + 1} in ${change.label}? Pages show them in this order.${keeps}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberOf(item: unknown): number | undefined {
  return isRecord(item) && typeof item.number === "number" ? item.number : undefined;
}

/** A few words that say which entry it is: its text, title or value, shortened. */
function describe(item: unknown): string | undefined {
  const text = isRecord(item)
    ? ["title", "name", "text", "label", "summary", "period", "note"]
        .map((key) => item[key])
        .find((value) => typeof value === "string" && value !== "")
    : item;
  if (typeof text !== "string" && typeof text !== "number") return undefined;
  const words = String(text);
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}
