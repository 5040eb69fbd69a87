import { z } from "zod";
import { isoDateSchema } from "./progress";

/**
 * A priority, objective or action the council no longer pursues. It keeps its reference and its
 * page, which says it was withdrawn, when and why (GOV.UK's "withdrawn" notice): councillors cite
 * these, so they are never deleted.
 */
export const withdrawnSchema = z
  .object({
    date: isoDateSchema.describe("The day the council withdrew it, e.g. 2027-03-01."),
    reason: z
      .string()
      .min(1)
      .describe("Why, in a sentence residents can read, e.g. 'Merged into action 12.'"),
  })
  .strict()
  .optional()
  .describe(
    "Fill in only when the council no longer pursues this: its page stays, with its reference, and says it was withdrawn, when and why.",
  );

export type WithdrawnFrontmatter = z.infer<typeof withdrawnSchema>;

/** Numbers an objective or action was published under before it was renumbered. */
export const formerNumbersSchema = z
  .array(z.number().int().positive())
  .optional()
  .describe(
    "Numbers this item had before it was renumbered: their pages and references lead here, and no other item may take them.",
  );
