import { z } from "zod";
import { formerIdsSchema, idSchema } from "./common";

/** A lead service named in the delivery plan. */
export const serviceSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).meta({
      title: "Name",
      description: "The service's name, e.g. Fire and Rescue Service.",
    }),
    aliases: z
      .array(
        z.string().min(1).meta({
          title: "Other name",
          description: "A way the documents write the name, e.g. Fire & Rescue Service.",
        }),
      )
      .optional()
      .meta({
        title: "Other names",
        description:
          "Other ways the council's documents write the name. An action's “Lead as the plan writes it” may be any of them.",
      }),
    formerIds: formerIdsSchema,
  })
  .strict();

export type ServiceFrontmatter = z.infer<typeof serviceSchema>;
