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
    name: z.string().min(1).meta({
      title: "Name",
      description: "The status as residents read it, e.g. On track.",
    }),
    meaning: z.string().min(1).meta({
      title: "Meaning",
      description:
        "What the status means, in plain words, e.g. Expected to be delivered as planned.",
    }),
    order: z.number().int().meta({
      title: "Place in lists",
      description: "Where the status comes in lists and charts: 1 comes first.",
    }),
    colour: z
      .enum(STATUS_COLOURS)
      .meta({ title: "Colour", description: "The colour of the status's label on pages." }),
  })
  .strict();

export type StatusFrontmatter = z.infer<typeof statusSchema>;
