import { stat } from "node:fs/promises";
import path from "node:path";
import { listContent } from "@/lib/content/load";
import { getBuildFacts } from "@/lib/site/build-facts";
import { makeSnapshot } from "./snapshot";
import type { ContentSnapshot } from "./snapshot-data";

let snapshot: { key: string; made: Promise<ContentSnapshot> } | undefined;

/**
 * The content as it is in the working tree now, for the preview: made again only when a content
 * file has changed (its name, size or time), so opening another entry after a save shows it.
 */
export async function devSnapshot(root = process.cwd()): Promise<ContentSnapshot> {
  const contentDir = "content";
  const absolute = path.join(root, contentDir);
  const listing = await listContent(absolute, contentDir);
  const stamps = await Promise.all(
    listing.names.map(async (name) => {
      const info = await stat(path.join(absolute, name));
      return `${name}\0${info.size}\0${info.mtimeMs}`;
    }),
  );
  const key = stamps.join("\n");
  if (snapshot?.key !== key) {
    const made = makeSnapshot({ root, contentDir, facts: getBuildFacts() });
    snapshot = { key, made };
    made.catch(() => {
      if (snapshot?.made === made) snapshot = undefined;
    });
  }
  return snapshot.made;
}
