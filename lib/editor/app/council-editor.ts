/**
 * What the council's editor adds to Decap CMS in the browser, each for the communications team:
 * its words (phrases.ts), no media library (nothing here stores uploads), a question before an
 * entry of a list is removed or moved (list-confirm.ts), and the content check before a save, so
 * a change the check would refuse is not published and the form says why in the check's words.
 */
import { NO_MEDIA_LIBRARY } from "../registrations";
import { moveQuestion, removeQuestion, type ListChange } from "../list-confirm";
import { toFile, type EntryData, type MdxFormatOptions } from "../mdx-format";
import { EDITOR_LOCALE, EDITOR_PHRASES } from "../phrases";

/** The part of Decap's registry this file uses (decap-cms-core's own types are loose). */
export interface DecapRegistry {
  registerLocale(locale: string, phrases: unknown): void;
  registerMediaLibrary(library: { name: string; init: () => unknown }): void;
  getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  registerEventListener(listener: {
    name: "preSave";
    handler: (event: { entry: ImmutableMap }) => Promise<undefined>;
  }): void;
}

interface ImmutableMap {
  get(key: string): unknown;
  toJS(): unknown;
}

export interface EditorOptions extends MdxFormatOptions {
  /** The file proxy's address, in local mode: saves are checked there first. */
  proxyUrl?: string;
  /** Each folder collection's folder, where a new entry's file goes (`<folder>/<id>.mdx`). */
  folders?: Readonly<Record<string, string>>;
}

export function setUpCouncilEditor(cms: DecapRegistry, options: EditorOptions): void {
  cms.registerLocale(EDITOR_LOCALE, EDITOR_PHRASES);
  cms.registerMediaLibrary({
    name: NO_MEDIA_LIBRARY,
    init: () => ({ show: () => undefined, hide: () => undefined, enableStandalone: () => false }),
  });
  const list = cms.getWidget("list");
  if (list) cms.registerWidget("list", askingList(list.control), list.preview, list.schema);
  const { proxyUrl } = options;
  if (proxyUrl) {
    cms.registerEventListener({
      name: "preSave",
      handler: ({ entry }) => checkBeforeSaving(entry, proxyUrl, options),
    });
  }
}

/**
 * Asks the content check about the file this save would write; a refusal stops the save, and
 * Decap shows the error's message as it is (phrases.ts: onFailToPersist).
 */
async function checkBeforeSaving(
  entry: ImmutableMap,
  proxyUrl: string,
  options: EditorOptions,
): Promise<undefined> {
  const data = (entry.get("data") as ImmutableMap | undefined)?.toJS() as EntryData | undefined;
  const path = data && pathOf(entry, data, options);
  if (!data || !path) return undefined;
  const raw = toFile(data, options);
  const response = await fetch(proxyUrl, {
    method: "POST",
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify({ action: "checkEntry", params: { branch: "main", path, raw } }),
  });
  const answer = (await response.json().catch(() => ({}))) as { message?: string };
  if (response.ok && !answer.message) return undefined;
  const refusal = new Error(answer.message ?? "Not published: the content check could not run.");
  // An error with no name reads as its message alone.
  refusal.name = "";
  throw refusal;
}

/** Where the entry is saved: its file, or for a new one the file its id will make. */
function pathOf(entry: ImmutableMap, data: EntryData, options: EditorOptions): string | undefined {
  const path = entry.get("path");
  if (typeof path === "string" && path !== "") return path;
  const folder = options.folders?.[String(entry.get("collection"))];
  return folder && typeof data.id === "string" && data.id !== ""
    ? `${folder}/${data.id}.mdx`
    : undefined;
}

interface ListControlInstance {
  props: {
    value?: { get(index: number): { toJS?: () => unknown } | unknown };
    field: { get(key: string, fallback?: unknown): unknown };
  };
  handleRemove: (index: number, event: Event) => void;
  onSortEnd: (move: { oldIndex: number; newIndex: number }) => void;
}

/** Decap's list control, asking before an entry is removed or moved. */
function askingList(control: unknown): unknown {
  const Base = control as new (props: unknown) => ListControlInstance;
  return class AskingListControl extends Base {
    constructor(props: unknown) {
      super(props);
      const remove = this.handleRemove;
      const move = this.onSortEnd;
      this.handleRemove = (index, event) => {
        event.preventDefault();
        if (window.confirm(removeQuestion(this.change(index)))) remove(index, event);
      };
      this.onSortEnd = (change) => {
        if (change.oldIndex === change.newIndex) return;
        const question = moveQuestion(
          this.change(change.oldIndex),
          change.oldIndex,
          change.newIndex,
        );
        if (window.confirm(question)) move(change);
      };
    }

    change(index: number): ListChange {
      const { value, field } = this.props;
      const item = value?.get(index) as { toJS?: () => unknown } | undefined;
      const label = String(field.get("label", field.get("name")));
      return {
        field: String(field.get("name")),
        label,
        singular: String(field.get("label_singular", label)),
        item: typeof item?.toJS === "function" ? item.toJS() : item,
      };
    }
  };
}
