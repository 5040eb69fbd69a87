/**
 * Stands for `<Figure id="…" />` in the registry. <Mdx figures={plan.figures}> replaces it with the
 * chart of that figure; the content check has already made sure the id exists.
 */
export function FigurePlaceholder(): null {
  return null;
}
