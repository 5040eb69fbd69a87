import { z } from "zod";
import { formerIdsSchema, idSchema } from "./common";

/** A subject that runs through both plans, e.g. "Transport and travel". */
export const themeSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1).meta({ title: "Name", description: "The theme's name." }),
    description: z.string().min(1).meta({
      title: "Description",
      description: "One sentence on what the theme covers.",
    }),
    formerIds: formerIdsSchema,
  })
  .strict();

export type ThemeFrontmatter = z.infer<typeof themeSchema>;
