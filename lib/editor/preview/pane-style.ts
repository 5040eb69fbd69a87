/**
 * The pane's own look, around the page (which has the site's stylesheet in its frame): plain,
 * close to Decap's, with the problems in the colours of the site's error messages.
 */
export const PANE_STYLE = `
html, body { margin: 0; height: 100%; }
.council-preview {
  display: flex; flex-direction: column; height: 100vh; box-sizing: border-box;
  font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937;
}
.council-preview__bar {
  display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline;
  padding: 8px 12px; background: #f3f4f6; border-bottom: 1px solid #d1d5db;
}
.council-preview__bar p { margin: 0; }
.council-preview__links a { color: #1d4ed8; }
.council-preview__note { margin: 0; padding: 8px 12px; background: #fffbeb; border-bottom: 1px solid #fcd34d; }
.council-preview__problems {
  max-height: 45vh; overflow: auto; padding: 8px 12px 4px;
  background: #fef2f2; border-bottom: 3px solid #b91c1c;
}
.council-preview__problems h2 { margin: 0 0 6px; font-size: 16px; color: #991b1b; }
.council-preview__problems ol { margin: 0; padding-left: 20px; }
.council-preview__problems li { margin-bottom: 8px; }
.council-preview__problems p { margin: 0 0 2px; }
.council-preview__problems dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 0; }
.council-preview__problems dt { font-weight: 600; }
.council-preview__problems dd { margin: 0; }
.council-preview__where { font-weight: 600; }
.council-preview__page { flex: 1; width: 100%; border: 0; background: #fff; }
.council-preview__page--old { opacity: 0.55; }
`;
