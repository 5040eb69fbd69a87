import { z } from "zod";
import { isoDateSchema } from "./progress";

/**
 * A priority, objective or action the council no longer pursues. It keeps its reference and its
 * page, which says it was withdrawn, when and why (GOV.UK's "withdrawn" notice): councillors cite
 * these, so they are never deleted.
 */
export const withdrawnSchema = z
  .object({
    date: isoDateSchema.meta({
      title: "Withdrawn on",
      description: "The day the council withdrew it.",
    }),
    reason: z.string().min(1).meta({
      title: "Why",
      description: "Why, in a sentence residents can read, e.g. Merged into action 12.",
    }),
  })
  .strict()
  .optional()
  .meta({
    title: "Withdrawn",
    description:
      "Fill in only when the council no longer pursues this. It keeps its number, reference and page, which then says it was withdrawn, when and why.",
  });

export type WithdrawnFrontmatter = z.infer<typeof withdrawnSchema>;

/** Numbers an objective or action was published under before it was renumbered. */
export const formerNumbersSchema = z
  .array(
    z.number().int().positive().meta({
      title: "Earlier number",
      description: "A number this had before it was renumbered.",
    }),
  )
  .optional()
  .meta({
    title: "Earlier numbers",
    description:
      "Numbers this had before it was renumbered: their pages and references lead here, and nothing else may take them.",
  });
