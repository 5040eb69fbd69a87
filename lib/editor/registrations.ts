/**
 * Names the editor's configuration (decap-config.ts) and its code in the browser (app/) agree on,
 * in a module of their own so the browser's bundle needs nothing else of the configuration.
 */

/** The name the council's file format is registered under (mdx-format.ts). */
export const FORMAT_NAME = "council-mdx";

/** The media library of an editor that stores no uploads: no Media tab, nothing to choose. */
export const NO_MEDIA_LIBRARY = "none";
