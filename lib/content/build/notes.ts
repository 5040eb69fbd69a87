import type { DraftingNote } from "../graph";
import type { ParsedEntry } from "../parse-entry";
import type { DraftingNoteFrontmatter } from "../schemas/common";
import type { FieldPath } from "../field-path";

/** Every drafting note of an entry, in its body and its frontmatter, for the editors' report. */
export function draftingNotesOf(entry: ParsedEntry): DraftingNote[] {
  const notes: DraftingNote[] = entry.body.draftingNotes.map((note) => ({
    file: entry.file,
    line: note.line,
    column: note.column,
    kind: note.kind,
    text: note.text,
    about: "body",
  }));
  const add = (
    items: readonly DraftingNoteFrontmatter[] | undefined,
    path: FieldPath,
    about: string,
  ) => {
    (items ?? []).forEach((item, index) => {
      notes.push({
        file: entry.file,
        ...entry.source.positionOf([...path, index]),
        kind: item.kind,
        text: item.note,
        about,
      });
    });
  };
  const data = entry.data as {
    draftingNotes?: DraftingNoteFrontmatter[];
    objectives?: { number: number; draftingNotes?: DraftingNoteFrontmatter[] }[];
    actions?: { number: number; draftingNotes?: DraftingNoteFrontmatter[] }[];
  };
  add(data.draftingNotes, ["draftingNotes"], "the entry");
  data.objectives?.forEach((item, index) =>
    add(item.draftingNotes, ["objectives", index, "draftingNotes"], `objective ${item.number}`),
  );
  data.actions?.forEach((item, index) =>
    add(item.draftingNotes, ["actions", index, "draftingNotes"], `action ${item.number}`),
  );
  return notes.sort((a, b) => a.line - b.line);
}
