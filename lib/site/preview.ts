/**
 * Drafts and drafting notes show only in the local preview (`npm run dev`), never in a production
 * build. Everything that hides or shows editorial state asks this one flag.
 */
export const isPreview = process.env.NODE_ENV === "development";
