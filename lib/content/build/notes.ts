import type { DraftingNote } from "../graph";
import type { ParsedEntry } from "../parse-entry";
import type { FieldPath } from "../source-file";

/** Every drafting note of an entry, in its body and its frontmatter, for the editors' report. */
export function draftingNotesOf(entry: ParsedEntry): DraftingNote[] {
  const notes: DraftingNote[] = entry.body.draftingNotes.map((note) => ({
    file: entry.file,
    line: note.line,
    column: note.column,
    text: note.text,
    about: "body",
  }));
  const add = (texts: readonly string[] | undefined, path: FieldPath, about: string) => {
    (texts ?? []).forEach((text, index) => {
      notes.push({ file: entry.file, ...entry.source.positionOf([...path, index]), text, about });
    });
  };
  const data = entry.data as {
    draftingNotes?: string[];
    objectives?: { number: number; draftingNotes?: string[] }[];
    actions?: { number: number; draftingNotes?: string[] }[];
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
