import { Callout } from "./Callout";
import { DraftingNote } from "./DraftingNote";
import { FigurePlaceholder } from "./FigurePlaceholder";
import { InformationToFollow } from "./InformationToFollow";

/**
 * Every component an MDX content file may use, and nothing else: the content check rejects any other
 * name, so this object is the allow-list as well as the registry.
 */
export const mdxComponents = {
  Callout,
  DraftingNote,
  /** `<Figure id="funding-sources" />`: a chart of one of the plan's figures (content/plans/<plan>/figures/). */
  Figure: FigurePlaceholder,
  InformationToFollow,
} as const;

export type MdxComponentName = keyof typeof mdxComponents;

export const allowedMdxComponents = Object.keys(mdxComponents) as MdxComponentName[];
