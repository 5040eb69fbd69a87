// The content model's types, for the code that reads the graph. Loading is lib/site/content.ts.
export type * from "./graph";
export type { DraftingNoteFrontmatter } from "./schemas/common";
