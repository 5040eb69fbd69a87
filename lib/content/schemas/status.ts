import { z } from "zod";
import { idSchema } from "./common";

/** The colours a status tag can have (GOV.UK's tag colours), so every one has enough contrast. */
export const STATUS_COLOURS = [
  "grey",
  "blue",
  "green",
  "yellow",
  "orange",
  "red",
  "purple",
] as const;

/** One status the council reports progress with, e.g. "On track", and what it means. */
export const statusSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).describe("The status as residents read it, e.g. 'On track'."),
    meaning: z
      .string()
      .min(1)
      .describe(
        "What the status means, in plain words, e.g. 'Expected to be delivered as planned.'",
      ),
    order: z.number().int().describe("Position in lists and charts: 1 comes first."),
    colour: z.enum(STATUS_COLOURS).describe("The colour of the status tag."),
  })
  .strict();

export type StatusFrontmatter = z.infer<typeof statusSchema>;
