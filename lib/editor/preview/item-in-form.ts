/**
 * Which objective or action of a priority the officer is editing, found from the form's data
 * alone (Decap does not say which field has focus): the one that changed last. Kept apart from
 * the page code so the editor's first script does not carry it.
 */

/** An objective or action of a priority's form, by its list and number. */
export interface ItemInForm {
  list: "objectives" | "actions";
  number: number;
}

/**
 * Which objective or action of a priority's form changed between two versions of its data, so the
 * preview can show it: the first that differs, in the order of the form, if it has a number.
 */
export function changedItem(before: unknown, after: unknown): ItemInForm | undefined {
  for (const list of ["objectives", "actions"] as const) {
    const old = listOf(before, list);
    const now = listOf(after, list);
    for (let index = 0; index < now.length; index++) {
      if (JSON.stringify(old[index]) === JSON.stringify(now[index])) continue;
      const number = (now[index] as { number?: unknown } | null)?.number;
      return typeof number === "number" ? { list, number } : undefined;
    }
  }
  return undefined;
}

function listOf(data: unknown, list: ItemInForm["list"]): readonly unknown[] {
  const value = (data as Record<string, unknown> | null)?.[list];
  return Array.isArray(value) ? value : [];
}
