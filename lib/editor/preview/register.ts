import type { CMS } from "decap-cms-core";
import type { MdxFormatOptions } from "../mdx-format";
import { previewPane, type PreviewSettings } from "./pane";

interface CollectionConfig {
  name: string;
  files?: { name: string }[];
}

/**
 * The preview pane for every entry: Decap looks a template up by the collection's name, or, in a
 * collection of files (the site, the plans), by the file's name.
 */
export function registerPreviews(
  cms: CMS,
  collections: readonly CollectionConfig[],
  settings: PreviewSettings,
  format: MdxFormatOptions,
): void {
  const pane = previewPane(settings, format);
  for (const collection of collections) {
    const names = collection.files ? collection.files.map((file) => file.name) : [collection.name];
    for (const name of names) cms.registerPreviewTemplate(name, pane);
  }
}
