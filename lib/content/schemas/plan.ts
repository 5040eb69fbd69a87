import { z } from "zod";
import { draftingNotesSchema, formerIdsSchema, idSchema } from "./common";

export const planSchema = z
  .object({
    id: idSchema,
    title: z
      .string()
      .min(1)
      .meta({ title: "Title", description: "The plan's title, e.g. Corporate Plan 2018-21." }),
    subtitle: z
      .string()
      .min(1)
      .optional()
      .meta({ title: "Subtitle", description: "The plan's strapline, as the council wrote it." }),
    referencePrefix: z
      .string()
      .regex(/^[A-Z]{2}\d{2}$/, { message: "two capital letters and two digits, e.g. 'CP18'" })
      .meta({
        title: "Start of references",
        description:
          "Two capital letters and two digits that start every reference in this plan: CP18 makes references such as CP18-2.16.",
      }),
    period: z
      .object({
        start: z
          .number()
          .int()
          .min(1990)
          .max(2100)
          .meta({ title: "First year", description: "The first year of the plan, e.g. 2018." }),
        end: z
          .number()
          .int()
          .min(1990)
          .max(2100)
          .meta({ title: "Last year", description: "The last year of the plan, e.g. 2021." }),
      })
      .strict()
      .meta({ title: "Years covered", description: "The years the plan covers." }),
    status: z.enum(["draft", "adopted"]).meta({
      title: "Stage",
      description:
        "draft while the council has not adopted the plan: every page of it then says it is a draft. adopted once it has.",
    }),
    objectivesPeriod: z
      .string()
      .regex(/^\d{4}\/\d{2}$/, { message: "a financial year written like '2022/23'" })
      .optional()
      .meta({
        title: "Year of the objectives",
        description:
          "The financial year the plan gives its objectives, where it gives one, written like 2022/23 (as in “Our objectives and areas of focus for 2022/23”).",
      }),
    author: z
      .string()
      .min(1)
      .optional()
      .meta({ title: "From", description: "Who the plan is from, as the document says." }),
    vision: z
      .string()
      .min(1)
      .meta({ title: "Vision", description: "The plan's vision, in the council's words." }),
    order: z.number().int().meta({
      title: "Place in lists",
      description: "Where the plan comes in lists: 1 comes first.",
    }),
    summary: z.string().min(1).optional().meta({
      title: "Summary",
      description: "One or two sentences for lists and search engines.",
    }),
    reportingPeriod: z.enum(["monthly", "quarterly", "six-monthly", "annual"]).optional().meta({
      title: "How often progress is reported",
      description:
        "Pages then list the objectives and actions with no update in the latest period. Leave empty until the council has decided.",
    }),
    draftingNotes: draftingNotesSchema,
    formerIds: formerIdsSchema,
  })
  .strict();

export type PlanFrontmatter = z.infer<typeof planSchema>;
