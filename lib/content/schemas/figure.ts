import { z } from "zod";
import { idSchema } from "./common";

/** Numbers from the council's documents, kept as data so pages can chart them. */
export const figureSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1).meta({ title: "Title", description: "What the figure shows." }),
    unit: z.string().min(1).meta({
      title: "Unit",
      description: "The unit of every number, e.g. %, £m, people or seats.",
    }),
    chart: z.enum(["bar", "column", "line"]).meta({
      title: "Chart",
      description: "How the figure is best drawn: bar, column or line.",
    }),
    source: z.string().min(1).optional().meta({
      title: "Source",
      description: "Where the document says the numbers come from.",
    }),
    data: z
      .array(
        z
          .object({
            label: z.string().min(1).meta({
              title: "What it is for",
              description: "What the number is for, e.g. Locally raised council tax, or a year.",
            }),
            value: z.number().meta({
              title: "Number",
              description: "The number alone, without its unit, e.g. 61.",
            }),
          })
          .strict()
          .meta({ title: "Number" }),
      )
      .min(1)
      .meta({ title: "Numbers", description: "The numbers, exactly as the document gives them." }),
  })
  .strict();

export type FigureFrontmatter = z.infer<typeof figureSchema>;
