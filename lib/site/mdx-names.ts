/**
 * The names of the components an MDX content file may use, as plain data: the content check reads
 * this list without loading React, and MDXComponents.tsx must give each name exactly one component.
 */
export const MDX_COMPONENT_NAMES = [
  "Callout",
  "DraftingNote",
  "Figure",
  "InformationToFollow",
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
