import { z } from "zod";

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
 * They are never shown to residents; `npm run content:report` lists them for editors.
 */
export const draftingNotesSchema = z
  .array(z.string().min(1))
  .optional()
  .describe(
    "Drafting notes for editors, e.g. 'info needed to explain'. Never shown to residents; listed by npm run content:report.",
  );

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
