/** Where a value is in a file's frontmatter: field names and list positions, from the top. */
export type FieldPath = readonly (string | number)[];

/** A field's place in words an editor reads: "actions → item 2 → leads". */
export function formatFieldPath(path: FieldPath): string {
  return path.map((key) => (typeof key === "number" ? `item ${key + 1}` : key)).join(" → ");
}
