import { readContentHistory, type ContentHistory } from "../content/history";
import { today } from "../content/today";
import { assetHref } from "./asset-href";
import type { AssetFile } from "./urls";

/**
 * What a build knows besides the content: the history of every item in content/ (from git) and
 * the versioned address of every asset. Found once per process and handed to the views as data, so rendering a page does no
 * I/O of its own.
 */
export interface BuildFacts {
  history: ContentHistory;
  assets: Readonly<Record<AssetFile, string>>;
  /** The build's date, YYYY-MM-DD: "no update in the last quarter" counts back from it. */
  today: string;
}

const ASSET_FILES: readonly AssetFile[] = [
  "site.css",
  "search.js",
  "search-index.json",
  "copy-citation.js",
];

let facts: BuildFacts | undefined;
let history: ContentHistory | undefined;

/**
 * The content's history alone, read once per process: what answering a dated citation needs, also
 * where no asset has been built yet (the content check resolves links in bodies before the build).
 */
export function getContentHistory(): ContentHistory {
  // The same content folder as the graph (lib/site/content.ts), so items and history agree.
  history ??= readContentHistory(process.cwd(), process.env.CONTENT_DIR ?? "content");
  return history;
}

export function getBuildFacts(): BuildFacts {
  facts ??= {
    today: today(),
    history: getContentHistory(),
    assets: Object.fromEntries(ASSET_FILES.map((file) => [file, assetHref(file)])) as Record<
      AssetFile,
      string
    >,
  };
  return facts;
}

/** When the newest of a page's files last changed, from the history; undefined if never. */
export function lastChanged(
  history: Extract<ContentHistory, { available: true }>,
  files: readonly string[],
): string | undefined {
  return files
    .map((file) => history.lastUpdated.get(file))
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
}
