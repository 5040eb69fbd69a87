/**
 * Human-citable references: "CP18-2" is the second priority of the plan whose prefix is CP18, and
 * "CP18-2.16" its item 16 (an action or an objective). Every reference is made here.
 */
export function priorityReference(prefix: string, priorityNumber: number): string {
  return `${prefix}-${priorityNumber}`;
}

export function itemReference(prefix: string, priorityNumber: number, itemNumber: number): string {
  return `${priorityReference(prefix, priorityNumber)}.${itemNumber}`;
}

/** References are matched without regard to case, so "cp18-2.16" finds "CP18-2.16". */
export function normaliseReference(reference: string): string {
  return reference.trim().toUpperCase();
}
