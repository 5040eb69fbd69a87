import { z } from "zod";

/**
 * The editor's note on a change to an item, written in the same edit as the change: the item's
 * history shows it beside that change's date (lib/content/item-history/). Leaving an old note in
 * place says nothing about later changes; a new note is written with each change to explain.
 */
export const changeNoteSchema = z
  .object({
    note: z
      .string()
      .min(1)
      .max(300)
      .describe(
        "One sentence saying what changed, for residents, e.g. 'Lead changed to Public Health.'",
      ),
    kind: z
      .enum(["major", "minor"])
      .optional()
      .describe(
        "'major': the note shows on the item's page and in its feeds. 'minor': only formatting or text-extraction damage was mended; the history folds it away. Leave out for an ordinary change.",
      ),
  })
  .strict()
  .optional()
  .describe(
    "A note on the change you are making, shown in the item's history with the date it is published.",
  );

export type ChangeNoteFrontmatter = z.infer<typeof changeNoteSchema>;
