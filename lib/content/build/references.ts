import { formatFieldPath } from "../field-path";
import type { Citable } from "../graph";
import type { ContentIssue } from "../issues";
import type { ParsedEntry } from "../parse-entry";
import { normaliseReference } from "../references";
import type { FieldPath } from "../field-path";
import { at } from "./context";

/**
 * Every reference a councillor can cite, each owned by one item. A second claim on a reference is
 * a problem at the place it was written: numbers are never reused.
 */
export class ReferenceBook {
  readonly byReference = new Map<string, Citable>();
  readonly issues: ContentIssue[] = [];
  private readonly owners = new Map<string, { entry: ParsedEntry; path: FieldPath }>();

  claim(reference: string, citable: Citable, entry: ParsedEntry, path: FieldPath): boolean {
    const key = normaliseReference(reference);
    const first = this.owners.get(key);
    if (first) {
      this.issues.push({
        ...at(entry, path),
        message: `The reference ${reference} is already used by ${first.entry.file} (${formatFieldPath(first.path)}).`,
        expected: "a number not used by another item",
        found: reference,
        hint: "Numbers make references that councillors cite: give the new item the next unused number.",
      });
      return false;
    }
    this.owners.set(key, { entry, path });
    this.byReference.set(key, citable);
    return true;
  }
}
