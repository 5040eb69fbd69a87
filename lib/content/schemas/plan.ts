import { z } from "zod";
import { draftingNotesSchema, formerIdsSchema, idSchema } from "./common";

export const planSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1).describe("The plan's title, e.g. 'Corporate Plan 2018-21'."),
    subtitle: z
      .string()
      .min(1)
      .optional()
      .describe("The plan's strapline, as the council wrote it."),
    referencePrefix: z
      .string()
      .regex(/^[A-Z]{2}\d{2}$/, { message: "two capital letters and two digits, e.g. 'CP18'" })
      .describe("The start of every reference in this plan, e.g. 'CP18' makes 'CP18-2.16'."),
    period: z
      .object({
        start: z
          .number()
          .int()
          .min(1990)
          .max(2100)
          .describe("The first year of the plan, e.g. 2018."),
        end: z.number().int().min(1990).max(2100).describe("The last year of the plan, e.g. 2021."),
      })
      .strict()
      .describe("The years the plan covers."),
    status: z
      .enum(["draft", "adopted"])
      .describe(
        "'draft' while the council has not adopted the plan: every page of it then says it is a draft.",
      ),
    objectivesPeriod: z
      .string()
      .regex(/^\d{4}\/\d{2}$/, { message: "a financial year written like '2022/23'" })
      .optional()
      .describe(
        "The period the plan gives its objectives, where it gives one, e.g. '2022/23' for 'Our objectives and areas of focus for 2022/23'.",
      ),
    author: z.string().min(1).optional().describe("Who the plan is from, as the document says."),
    vision: z.string().min(1).describe("The plan's vision statement, in the council's words."),
    order: z.number().int().describe("Position of the plan in lists: 1 comes first."),
    summary: z
      .string()
      .min(1)
      .optional()
      .describe("One or two sentences for lists and search engines."),
    reportingPeriod: z
      .enum(["monthly", "quarterly", "six-monthly", "annual"])
      .optional()
      .describe(
        "How often progress on this plan is reported. Items with no update in the latest period are listed. Leave out until the council has said.",
      ),
    draftingNotes: draftingNotesSchema,
    formerIds: formerIdsSchema,
  })
  .strict();

export type PlanFrontmatter = z.infer<typeof planSchema>;
