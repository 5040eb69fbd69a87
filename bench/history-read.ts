/**
 * One cold reading of the content's history, in a process of its own (bench/history.ts runs it):
 * `npx tsx bench/history-read.ts <root> <content dir>` prints, as JSON, the milliseconds of the two
 * git commands and of comparing every version, and what was read.
 */
import { buildHistories } from "../lib/content/item-history/build";
import { readContentLog } from "../lib/content/item-history/git-log";

const [root = ".", contentDir = "content"] = process.argv.slice(2);
const started = performance.now();
const log = readContentLog(root, contentDir);
const gitMs = performance.now() - started;
if (!log.available) throw new Error(`no history: ${log.reason}`);
const compared = performance.now();
const { items } = buildHistories(log.commits, log.blobs, contentDir);
const compareMs = performance.now() - compared;
const versions = [...items.values()].reduce((sum, item) => sum + item.versions.length, 0);
console.log(
  JSON.stringify({
    gitMs: Math.round(gitMs),
    compareMs: Math.round(compareMs),
    totalMs: Math.round(gitMs + compareMs),
    commits: log.commits.length,
    blobs: log.blobs.size,
    blobMB: Number(
      ([...log.blobs.values()].reduce((sum, text) => sum + text.length, 0) / 1e6).toFixed(1),
    ),
    items: items.size,
    versions,
    heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  }),
);
