import { z } from "zod";
import { draftSchema, idSchema, refSchema } from "./common";

/** A real calendar date written as YYYY-MM-DD (2026-02-30 is refused). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "a date written as YYYY-MM-DD, e.g. 2026-10-01" })
  .refine(isRealDate, {
    message: "This date does not exist in the calendar: check the day and the month.",
  })
  .describe("A date written as YYYY-MM-DD, e.g. 2026-10-01.");

export function isRealDate(text: string): boolean {
  // The form is the regex's to report; this only says whether a well-formed date exists.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const evidenceLinkSchema = z
  .object({
    title: z.string().min(1).describe("What the link is, e.g. 'Cabinet report, October 2026'."),
    url: z
      .string()
      .regex(/^(https:\/\/|http:\/\/|\/)/, {
        message: "an address starting with https:// (or / for a page of this site)",
      })
      .describe("Where the evidence is: https://… or a page of this site starting with /."),
  })
  .strict();

/** One dated report of progress on an action or objective. The newest is its current status. */
export const updateSchema = z
  .object({
    date: isoDateSchema,
    status: refSchema("status").describe("The id of a status in content/statuses/, e.g. on-track."),
    percent: z
      .number()
      .int()
      .min(0)
      .max(100)
      .optional()
      .describe("How much is done, as a whole number from 0 to 100. Leave out if not measured."),
    summary: z
      .string()
      .min(1)
      .describe("What happened, in a sentence or two. Markdown links are allowed."),
    links: z.array(evidenceLinkSchema).optional().describe("Links to evidence, e.g. reports."),
    draft: draftSchema,
  })
  .strict();

export const updatesSchema = z
  .array(updateSchema)
  .optional()
  .describe("Progress reports, one per date; the newest is the current status.");

const measureValueSchema = z.number().describe("A value, in the measure's unit.");

/** A measure of a priority or objective (the plans' Annex B): how the council will know. */
export const measureSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1).describe("What is measured, in the council's words."),
    unit: z.string().min(1).describe("The unit of the values, e.g. '%' or 'people'."),
    better: z.enum(["higher", "lower"]).describe("Which way is better: higher or lower."),
    baseline: z
      .object({
        value: measureValueSchema,
        period: z.string().min(1).describe("The period of the value, e.g. '2021/22'."),
      })
      .strict()
      .optional()
      .describe("Where it started, e.g. value 62 in period '2021/22'."),
    target: z
      .object({ value: measureValueSchema, date: isoDateSchema })
      .strict()
      .optional()
      .describe("Where the council aims to be, and by when."),
    data: z
      .array(
        z
          .object({
            period: z.string().min(1).describe("The period of the value, e.g. '2023/24'."),
            value: measureValueSchema,
            source: z.string().min(1).describe("Where the value comes from."),
          })
          .strict(),
      )
      .optional()
      .describe("The values reported so far, oldest first."),
  })
  .strict();

export const measuresSchema = z
  .array(measureSchema)
  .optional()
  .describe(
    "How the council will know it is getting it right. Leave out until agreed; the page then says the measures are still to be added.",
  );

export type UpdateFrontmatter = z.infer<typeof updateSchema>;
export type MeasureFrontmatter = z.infer<typeof measureSchema>;
