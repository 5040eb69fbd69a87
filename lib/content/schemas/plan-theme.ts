import { z } from "zod";
import { idSchema } from "./common";

/** A plan's own grouping of its priorities, e.g. the 2018-21 plan's "Thriving people". */
export const planThemeSchema = z
  .object({
    id: idSchema,
    title: z
      .string()
      .min(1)
      .meta({ title: "Name", description: "The theme's name, e.g. Thriving people." }),
    order: z.number().int().meta({
      title: "Place in the plan",
      description: "Where the theme comes within its plan: 1 comes first.",
    }),
  })
  .strict();

export type PlanThemeFrontmatter = z.infer<typeof planThemeSchema>;
