import { loadListed, type LoadResult, type ParseFile } from "@/lib/content/load";
import { mdxCache, mdxCacheKey } from "@/lib/content/mdx-cache";
import { parseEntry } from "@/lib/content/parse-entry";
import { checkContentText } from "@/lib/content/read-file";
import { isPreview } from "@/lib/site/preview";
import { siteModel, withSiteChecks } from "@/lib/site/load-site";
import type { ContentSnapshot } from "./snapshot-data";

/** The entry being edited, as the file the form would save (lib/editor/mdx-format.ts). */
export interface EditedFile {
  /** Its path from the repository root, e.g. "content/services/public-health.mdx". */
  file: string;
  text: string;
}

/** Loads the snapshot with one file put in its place. */
export type PreviewLoad = (edited: EditedFile | undefined, today?: string) => Promise<LoadResult>;

/** Parsed files kept besides the snapshot's own: the last few versions of the edited one. */
const EDITED_VERSIONS_KEPT = 4;

/**
 * The content model on a snapshot, with the entry being edited in its file's place: the build's own
 * loader (`loadListed`, then the site's link checks), reading the snapshot instead of the disk. As
 * the build, drafts and drafting notes are in the graph only where `isPreview` says so. Each file's
 * parse is kept by its text, so a keystroke parses one file again and then resolves the graph.
 */
export function previewLoader(snapshot: ContentSnapshot): PreviewLoad {
  const model = siteModel();
  // The snapshot's compiled bodies go into the compiler's own cache, where compileMdx finds them.
  const cache = mdxCache();
  const seeded = Promise.all(
    snapshot.compiled.map(([text, compiled]) =>
      cache.write(mdxCacheKey(text, model.mdxComponents), compiled),
    ),
  );
  const parse = keptByText(parseEntry, Object.keys(snapshot.files).length + EDITED_VERSIONS_KEPT);
  const { contentDir, listing } = snapshot;

  return async (edited, today) => {
    await seeded;
    const name = edited ? nameInContent(contentDir, edited.file) : undefined;
    const names =
      name === undefined || listing.names.includes(name)
        ? listing.names
        : [...listing.names, name].sort();
    const read = async (each: string) => {
      if (edited && each === name) return checkContentText(edited.file, edited.text);
      const found = snapshot.files[each];
      if (!found) throw new Error(`The snapshot has no text for ${contentDir}/${each}.`);
      return found;
    };
    const result = await loadListed(
      { names, issues: listing.issues },
      { contentDir, includeDrafts: isPreview, purpose: "render", ...model, today },
      read,
      parse,
    );
    return withSiteChecks(result);
  };
}

/** "content/themes/x.mdx" → "themes/x.mdx"; a file outside the content folder is refused. */
export function nameInContent(contentDir: string, file: string): string {
  const prefix = `${contentDir}/`;
  if (!file.startsWith(prefix) || file.includes("/../")) {
    throw new Error(`${file} is not a file of ${contentDir}/.`);
  }
  return file.slice(prefix.length);
}

/**
 * The same parse, answered from memory for a file and text parsed before. `parseEntry` is a
 * function of the file, its text and the compiler, which is the same for every call here.
 */
function keptByText(parse: ParseFile, size: number): ParseFile {
  const kept = new Map<string, ReturnType<ParseFile>>();
  return (file, name, text, compile) => {
    const key = `${file}\0${text}`;
    const known = kept.get(key);
    if (known) {
      // Most recently used last, so the oldest is the one dropped.
      kept.delete(key);
      kept.set(key, known);
      return known;
    }
    const parsed = parse(file, name, text, compile);
    kept.set(key, parsed);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return parsed;
  };
}
