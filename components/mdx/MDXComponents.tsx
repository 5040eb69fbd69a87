import type { ComponentType } from "react";
import { Callout } from "./Callout";
import { DraftingNote } from "./DraftingNote";
import { FigurePlaceholder } from "./FigurePlaceholder";
import { InformationToFollow } from "./InformationToFollow";
import type { MdxComponentName } from "@/lib/site/mdx-names";

/**
 * Every component an MDX content file may use, and nothing else: the content check rejects any
 * name not in lib/site/mdx-names.ts, and `satisfies` holds this object to exactly those names.
 */
export const mdxComponents = {
  Callout,
  DraftingNote,
  /** `<Figure id="funding-sources" />`: a chart of one of the plan's figures (content/plans/<plan>/figures/). */
  Figure: FigurePlaceholder,
  InformationToFollow,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
} satisfies Record<MdxComponentName, ComponentType<any>>;
