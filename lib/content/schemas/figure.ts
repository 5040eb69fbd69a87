import { z } from "zod";
import { idSchema } from "./common";

/** Numbers from the council's documents, kept as data so pages can chart them. */
export const figureSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1).describe("What the figure shows."),
    unit: z.string().min(1).describe("The unit of every value, e.g. '%', '£m', 'people', 'seats'."),
    chart: z.enum(["bar", "column", "line"]).describe("How the figure is best drawn."),
    source: z.string().min(1).optional().describe("Where the document says the numbers come from."),
    data: z
      .array(
        z
          .object({
            label: z
              .string()
              .min(1)
              .describe("What the number is for, e.g. 'Locally raised council tax' or a year."),
            value: z.number().describe("The number alone, without its unit, e.g. 61."),
          })
          .strict(),
      )
      .min(1)
      .describe("The numbers, exactly as the document gives them."),
  })
  .strict();

export type FigureFrontmatter = z.infer<typeof figureSchema>;
