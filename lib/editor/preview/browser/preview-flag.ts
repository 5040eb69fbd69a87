/**
 * lib/site/preview.ts as the editor's bundle has it (lib/editor/preview/browser-build.ts puts this file
 * in its place). On the site the flag is fixed by the mode the server runs in; in the editor's
 * preview the officer switches between the two: drafts and drafting notes shown, as `npm run dev`
 * shows them, or hidden, as residents will read the published page. The views are told the flag
 * when a page is rendered, so the switch takes effect on the next render.
 */
export let isPreview = true;

export function showDrafts(shown: boolean): void {
  isPreview = shown;
}
