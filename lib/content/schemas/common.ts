import { z } from "zod";
import { NOTE_KIND_NAMES, NOTE_KINDS } from "../note-kinds";

/** An id is also the last part of the entry's URL, so it must be a plain lowercase slug. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "an id of lowercase letters, digits and single hyphens, e.g. 'safe-healthy-lives'",
  })
  .describe("A stable id: lowercase letters, digits and hyphens. It is part of the page's URL.");

/** A reference to another entry by id; resolved against the content graph after validation. */
export const refSchema = (kind: string) => z.string().min(1).describe(`The id of a ${kind} entry.`);

/**
 * Drafting notes are the council's editorial state ("#info needed#", "[to be developed Dec/Jan]").
 * Residents never read the note itself: they read the plain sentence of its kind
 * (lib/content/note-kinds.ts) beside the item it flags. `npm run content:report` lists the notes.
 */
export const draftingNoteSchema = z
  .object({
    kind: z
      .enum(NOTE_KIND_NAMES)
      .describe(
        `What the note says about the item, in one of a few kinds; residents read its sentence: ${NOTE_KIND_NAMES.map((kind) => `'${kind}' (${NOTE_KINDS[kind]})`).join(", ")}.`,
      ),
    note: z
      .string()
      .min(1)
      .describe("The note as the council wrote it, e.g. 'info needed'. Only editors read it."),
  })
  .strict();

export const draftingNotesSchema = z
  .array(draftingNoteSchema)
  .optional()
  .describe(
    "Drafting notes: what the council has marked as unfinished about this entry. Residents read one plain sentence per kind; editors read the notes.",
  );

export type DraftingNoteFrontmatter = z.infer<typeof draftingNoteSchema>;

export const formerIdsSchema = z
  .array(idSchema)
  .optional()
  .describe("Ids this entry was published under before a rename; each old URL redirects here.");

export const crossThemesSchema = z
  .array(refSchema("cross-plan theme"))
  .optional()
  .describe("Ids of cross-plan themes (content/themes/) this item serves.");

export const draftSchema = z
  .boolean()
  .optional()
  .describe("true while the entry is not ready: shown in the local preview only, never published.");
