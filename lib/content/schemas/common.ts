import { z } from "zod";
import { NOTE_KIND_NAMES, NOTE_KINDS } from "../note-kinds";

/** An id is also the last part of the entry's URL, so it must be a plain lowercase slug. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "an id of lowercase letters, digits and single hyphens, e.g. 'safe-healthy-lives'",
  })
  .meta({
    title: "Web address",
    description:
      "The end of the page's web address, e.g. safe-healthy-lives: lowercase letters, numbers and single hyphens. If you change it, add the old one to “Earlier web addresses”, so links to the page keep working.",
  });

/** A reference to another entry by id; resolved against the content graph after validation. */
export const refSchema = (kind: string) =>
  z.string().min(1).describe(`A ${kind}, chosen from the list.`);

/**
 * Drafting notes are the council's editorial state ("#info needed#", "[to be developed Dec/Jan]").
 * Residents never read the note itself: they read the plain sentence of its kind
 * (lib/content/note-kinds.ts) beside the item it flags. `npm run content:report` lists the notes.
 */
export const draftingNoteSchema = z
  .object({
    kind: z.enum(NOTE_KIND_NAMES).meta({
      title: "Kind of note",
      description: `What the note says; residents read the sentence of its kind: ${NOTE_KIND_NAMES.map((kind) => `${kind}: “${NOTE_KINDS[kind]}”`).join(" ")}`,
    }),
    note: z.string().min(1).meta({
      title: "The note",
      description: "The note as the council wrote it, e.g. info needed. Only editors read it.",
    }),
  })
  .strict()
  .meta({ title: "Drafting note" });

export const draftingNotesSchema = z.array(draftingNoteSchema).optional().meta({
  title: "Drafting notes",
  description:
    "What the council has marked as unfinished here. Residents read one plain sentence for each kind of note; only editors read the notes.",
});

export type DraftingNoteFrontmatter = z.infer<typeof draftingNoteSchema>;

export const formerIdsSchema = z
  .array(
    idSchema.meta({
      title: "Earlier web address",
      description: "The end of a web address the page had before, e.g. safe-healthy-lives.",
    }),
  )
  .optional()
  .meta({
    title: "Earlier web addresses",
    description:
      "The ends of the web addresses this page had before it was renamed: each old address leads here.",
  });

export const crossThemesSchema = z
  .array(refSchema("theme").meta({ title: "Theme" }))
  .optional()
  .meta({
    title: "Themes across the plans",
    description: "The subjects running through both plans that this serves.",
  });

export const draftSchema = z.boolean().optional().meta({
  title: "Draft",
  description:
    "On while it is not ready: it then shows only in the preview on this computer, never on the site.",
});
