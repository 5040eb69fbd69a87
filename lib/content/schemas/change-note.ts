import { z } from "zod";

/**
 * The editor's note on a change to an item, written in the same edit as the change: the item's
 * history shows it beside that change's date (lib/content/item-history/). An old note left in
 * place says nothing about later changes. Two plain fields rather than a group: the editor (Decap)
 * refuses to save an optional group left empty when a field inside it is required (decap-cms
 * issues 2103 and 7748), and every edit would then need a note.
 */
export const changeNoteFields = {
  changeNote: z.string().min(1).max(300).optional().meta({
    title: "Note on this change",
    description:
      "One sentence for residents on the change you are making, shown in the item's history with the day it is published, e.g. Lead changed to Public Health.",
  }),
  changeKind: z.enum(["major", "minor"]).optional().meta({
    title: "How big a change",
    description:
      "major: the note shows on the item's page and in its feeds. minor: only formatting or text-extraction damage was mended, and the history folds it away. Leave empty for an ordinary change.",
  }),
};
