import { createHash } from "node:crypto";
import path from "node:path";
import { compileMdx, type CompileResult } from "@/lib/content/compile-mdx";
import { type CompiledMdx } from "@/lib/content/compiled-mdx";
import { listContent } from "@/lib/content/load";
import { parseEntry } from "@/lib/content/parse-entry";
import { readContentFile, type ReadResult } from "@/lib/content/read-file";
import type { BuildFacts } from "@/lib/site/build-facts";
import { siteModel } from "@/lib/site/load-site";
import type { ContentSnapshot, SnapshotFacts } from "./snapshot-data";

export interface SnapshotOptions {
  root: string;
  contentDir?: string;
  /** The build's facts, with the asset addresses the editor's page can load them from. */
  facts: Omit<BuildFacts, "today">;
}

/** Reads content/ as the build does and records every file and every compiled text. */
export async function makeSnapshot(options: SnapshotOptions): Promise<ContentSnapshot> {
  const contentDir = options.contentDir ?? "content";
  const absolute = path.join(options.root, contentDir);
  const listing = await listContent(absolute, contentDir);
  const { mdxComponents } = siteModel();
  const files: Record<string, ReadResult> = {};
  const compiled = new Map<string, CompiledMdx>();
  const recording = async (text: string): Promise<CompileResult> => {
    const result = await compileMdx(text, mdxComponents);
    if (result.ok) compiled.set(text, result.compiled);
    return result;
  };
  for (const name of listing.names.filter((n) => n.endsWith(".mdx"))) {
    const file = `${contentDir}/${name}`;
    const read = await readContentFile(file, path.join(absolute, name));
    files[name] = read;
    // Parsed as the build parses it, so that every text the build compiles is recorded.
    if ("text" in read) await parseEntry(file, name, read.text, recording);
  }
  const version = createHash("sha256")
    .update(JSON.stringify([listing, files]))
    .digest("hex")
    .slice(0, 16);
  return {
    version,
    madeAt: new Date().toISOString(),
    contentDir,
    listing,
    files,
    compiled: [...compiled],
    facts: snapshotFacts(options.facts),
  };
}

function snapshotFacts(facts: Omit<BuildFacts, "today">): SnapshotFacts {
  const { history } = facts;
  return {
    history: history.available
      ? {
          available: true,
          lastUpdated: [...history.lastUpdated],
          changes: history.changes,
          items: [...history.items],
        }
      : history,
    assets: facts.assets,
  };
}
