import { z } from "zod";
import { changeNoteFields } from "./change-note";
import { draftSchema, draftingNotesSchema, formerIdsSchema, idSchema } from "./common";

/** A free page: a plan's chapter ("How we work") or a site page ("Accessibility statement"). */
export const pageSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1).meta({ title: "Heading", description: "The page's heading." }),
    summary: z.string().min(1).optional().meta({
      title: "Summary",
      description: "One or two sentences for lists and search engines.",
    }),
    order: z.number().int().meta({
      title: "Place in lists",
      description: "Where the page comes among the plan's (or the site's) pages: 1 comes first.",
    }),
    draftingNotes: draftingNotesSchema,
    formerIds: formerIdsSchema,
    draft: draftSchema,
    ...changeNoteFields,
  })
  .strict();

export type PageFrontmatter = z.infer<typeof pageSchema>;
