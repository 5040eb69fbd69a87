import { z } from "zod";
import { draftSchema, idSchema, refSchema } from "./common";

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a date written as YYYY-MM-DD, e.g. 2026-10-01" })
  .refine(isRealDate, {
    message: "This date does not exist in the calendar: check the day and the month.",
  })
  .meta({ title: "Date", description: "A day in the calendar, e.g. 1 October 2026." });

export function isRealDate(text: string): boolean {
  // The form is the regex's to report; this only says whether a well-formed date exists.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const evidenceLinkSchema = z
  .object({
    title: z.string().min(1).meta({
      title: "Title",
      description: "What the link is, e.g. Cabinet report, October 2026.",
    }),
    url: z
      .string()
      .regex(/^(https:\/\/|http:\/\/|\/)/, {
        message: "an address starting with https:// (or / for a page of this site)",
      })
      .meta({
        title: "Web address",
        description:
          "Where the evidence is: a web address starting with https://, or a page of this site starting with /.",
      }),
  })
  .strict()
  .meta({ title: "Link" });

/** One dated report of progress on an action or objective. The newest is its current status. */
export const updateSchema = z
  .object({
    date: isoDateSchema.meta({ title: "Date", description: "The day progress was reported." }),
    status: refSchema("status").meta({
      title: "Status",
      description: "Where the item stands, e.g. On track, chosen from the list.",
    }),
    percent: z.number().int().min(0).max(100).optional().meta({
      title: "Per cent done",
      description:
        "How much is done, as a whole number from 0 to 100. Leave empty if not measured.",
    }),
    summary: z.string().min(1).meta({
      title: "What happened",
      description: "What happened, in a sentence or two. Links are allowed.",
    }),
    links: z
      .array(evidenceLinkSchema)
      .optional()
      .meta({ title: "Evidence", description: "Links to evidence, such as reports." }),
    draft: draftSchema,
  })
  .strict()
  .meta({ title: "Progress update" });

export const updatesSchema = z.array(updateSchema).optional().meta({
  title: "Progress updates",
  description: "Reports of progress, one for each date. The newest is the current status.",
});

const measureValueSchema = z
  .number()
  .meta({ title: "Value", description: "A number, in the measure's unit." });

/** A measure of a priority or objective (the plans' Annex B): how the council will know. */
export const measureSchema = z
  .object({
    id: idSchema.meta({
      title: "Name in links",
      description:
        "A short name for links to this measure, e.g. carbon-emissions: lowercase letters, numbers and single hyphens.",
    }),
    title: z.string().min(1).meta({
      title: "What is measured",
      description: "What is measured, in the council's words.",
    }),
    unit: z
      .string()
      .min(1)
      .meta({ title: "Unit", description: "The unit of the values, e.g. % or people." }),
    better: z
      .enum(["higher", "lower"])
      .meta({ title: "Which way is better", description: "higher or lower." }),
    baseline: z
      .object({
        value: measureValueSchema,
        period: z
          .string()
          .min(1)
          .meta({ title: "Period", description: "The period of the value, e.g. 2021/22." }),
      })
      .strict()
      .optional()
      .meta({ title: "Starting point", description: "Where it started, e.g. 62 in 2021/22." }),
    target: z
      .object({
        value: measureValueSchema,
        date: isoDateSchema.meta({ title: "By", description: "The day it should be reached." }),
      })
      .strict()
      .optional()
      .meta({ title: "Target", description: "Where the council aims to be, and by when." }),
    data: z
      .array(
        z
          .object({
            period: z
              .string()
              .min(1)
              .meta({ title: "Period", description: "The period of the value, e.g. 2023/24." }),
            value: measureValueSchema,
            source: z
              .string()
              .min(1)
              .meta({ title: "Source", description: "Where the value comes from." }),
          })
          .strict()
          .meta({ title: "Value" }),
      )
      .optional()
      .meta({ title: "Values so far", description: "The values reported so far, oldest first." }),
  })
  .strict()
  .meta({ title: "Measure" });

export const measuresSchema = z.array(measureSchema).optional().meta({
  title: "Measures",
  description:
    "How the council will know it is getting it right. Leave empty until agreed: the page then says the measures are still to come.",
});

export type UpdateFrontmatter = z.infer<typeof updateSchema>;
export type MeasureFrontmatter = z.infer<typeof measureSchema>;
