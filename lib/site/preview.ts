/**
 * Drafts and drafting notes show only in the local preview (`npm run dev`), never in a production
 * build. The loader asks this one flag whether drafts are in the graph, and lib/render/ tells the
 * views (PageContext.preview); no component reads it (eslint.config.mjs).
 */
export const isPreview = process.env.NODE_ENV === "development";
