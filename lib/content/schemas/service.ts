import { z } from "zod";
import { formerIdsSchema, idSchema } from "./common";

/** A lead service named in the delivery plan. */
export const serviceSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).describe("The service's name, e.g. 'Fire and Rescue Service'."),
    aliases: z
      .array(z.string().min(1))
      .optional()
      .describe("Other spellings of the name found in the council's documents."),
    formerIds: formerIdsSchema,
  })
  .strict();

export type ServiceFrontmatter = z.infer<typeof serviceSchema>;
