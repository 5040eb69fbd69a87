import { buildHistories, type ContentChange, type ItemHistory } from "./item-history/build";
import { readContentLog } from "./item-history/git-log";

export type { ContentChange, ItemHistory } from "./item-history/build";

export type ContentHistory =
  | {
      available: true;
      /** When an item in each content file last changed (not when the file last did). */
      lastUpdated: ReadonlyMap<string, string>;
      /** Newest first: each commit in which some item changed, with the files it changed in. */
      changes: ContentChange[];
      /** Each item's own history, by reference (CP18-2.16), or by file for chapters and entries. */
      items: ReadonlyMap<string, ItemHistory>;
    }
  | { available: false; reason: string };

/**
 * The history of the content from git: every item's own versions, found by comparing the item
 * across the versions of its file (lib/content/item-history/). A build without history (a shallow
 * clone, an export without .git) still succeeds and says so on the pages instead of inventing
 * dates.
 */
export function readContentHistory(root: string, contentDir = "content"): ContentHistory {
  const log = readContentLog(root, contentDir);
  if (!log.available) return log;
  return { available: true, ...buildHistories(log.commits, log.blobs, contentDir) };
}
