import type { CompiledMdx } from "@/lib/content/compiled-mdx";
import type { ContentHistory, ItemHistory } from "@/lib/content/history";
import type { ContentListing } from "@/lib/content/load";
import type { ReadResult } from "@/lib/content/read-file";
import type { BuildFacts } from "@/lib/site/build-facts";
import type { AssetFile } from "@/lib/site/urls";

/**
 * Everything the editor's preview needs to run the content model in the browser, as data: every
 * content file as the build would read it, every body compiled by the build's own compiler, and
 * the build's facts (the git history of content/, the stylesheet's address). The preview puts the
 * entry being edited in its file's place and loads the lot exactly as the build does
 * (lib/editor/preview/model.ts). Made when the hosted editor is built, and by the development
 * server each time a preview opens, so other entries are as of then.
 */
export interface ContentSnapshot {
  /** A hash of the files: two snapshots of the same content have the same version. */
  version: string;
  /** When the snapshot was made (ISO 8601): other entries are shown as they were then. */
  madeAt: string;
  contentDir: string;
  listing: ContentListing;
  /** Each .mdx file of the listing, by its name in the content folder: its text or its problem. */
  files: Record<string, ReadResult>;
  /** Every body and Markdown field text the files hold, compiled for the pages. */
  compiled: [text: string, compiled: CompiledMdx][];
  facts: SnapshotFacts;
}

/** BuildFacts as JSON: the history's maps as lists of pairs; `today` is the preview's own. */
export interface SnapshotFacts {
  history:
    | {
        available: true;
        lastUpdated: [file: string, date: string][];
        changes: Extract<ContentHistory, { available: true }>["changes"];
        items: [key: string, history: ItemHistory][];
      }
    | { available: false; reason: string };
  assets: Readonly<Record<AssetFile, string>>;
}

/** The build's facts again, from a snapshot, for the day the preview runs on. */
export function factsOf(snapshot: ContentSnapshot, today: string): BuildFacts {
  const { history } = snapshot.facts;
  return {
    today,
    assets: snapshot.facts.assets,
    history: history.available
      ? { ...history, lastUpdated: new Map(history.lastUpdated), items: new Map(history.items) }
      : history,
  };
}
