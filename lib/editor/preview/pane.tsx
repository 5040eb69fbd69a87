import type { PreviewTemplateComponentProps } from "decap-cms-core";
import { useEffect, useRef, useState } from "react";
import type { ContentIssue } from "@/lib/content/issues";
import { formFieldPath } from "../form-labels";
import { toFile, type MdxFormatOptions } from "../mdx-format";
import { showInFrame } from "./frame";
import type { PanePage } from "./pane-content";
import { pageOf, usePreview, type Shown } from "./pane-state";
import { PANE_STYLE } from "./pane-style";

/** What the editor's page tells the preview (lib/editor/admin-page.ts). */
export interface PreviewSettings {
  /** The snapshot of the content: the hosted editor's hashed file, or the dev server's own. */
  snapshot: string;
  /** Where links open: this server (`npm run dev`'s local preview) or the site's own address. */
  links: "this-server" | "site";
}

/** Drafts and notes shown or not: one choice for every entry opened while the editor is open. */
let draftsShown = true;

/**
 * The preview pane of every collection: the entry's page as the site renders it, made in the
 * browser from the unsaved form (session.ts), in a frame of its own with the site's stylesheet.
 */
export function previewPane(settings: PreviewSettings, format: MdxFormatOptions) {
  return function PreviewPane({ entry, collection }: PreviewTemplateComponentProps) {
    const [drafts, setDrafts] = useState(draftsShown);
    const shown = usePreview(settings.snapshot, {
      data: entry.get("data"),
      file: (data) =>
        (entry.get("path") as string | undefined) ||
        `${String(collection.get("folder"))}/${String(data.id ?? "new-entry")}.mdx`,
      text: (data) => toFile(data, format),
      drafts,
    });
    const page = pageOf(shown);
    const frame = useRef<HTMLIFrameElement>(null);
    useEffect(() => {
      if (frame.current && page) showInFrame(frame.current, page, linkBase(settings, page.siteUrl));
    }, [page]);

    return (
      <div className="council-preview">
        <style>{PANE_STYLE}</style>
        <div className="council-preview__bar">
          <p>
            <strong>Preview, not saved.</strong>{" "}
            {drafts
              ? "Drafts and drafting notes are shown, as in the local preview."
              : "As residents will see the page once this change is published."}
          </p>
          <label>
            <input
              type="checkbox"
              checked={drafts}
              onChange={(event) => {
                draftsShown = event.target.checked;
                setDrafts(event.target.checked);
              }}
            />{" "}
            Show drafts and drafting notes
          </label>
          {page ? <Links page={page} settings={settings} /> : null}
        </div>
        <Status shown={shown} />
        {page ? (
          <iframe
            ref={frame}
            className={
              shown.state === "ready" && shown.content.type !== "page"
                ? "council-preview__page council-preview__page--old"
                : "council-preview__page"
            }
            title="Preview of the page"
            // No scripts run in the page; links are opened by frame.ts, on the site.
            sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
          />
        ) : null}
      </div>
    );
  };
}

function Links({ page, settings }: { page: PanePage; settings: PreviewSettings }) {
  const base = linkBase(settings, page.siteUrl);
  const { target } = page;
  return (
    <p className="council-preview__links">
      <a href={new URL(target.page.path, base).href} target="_blank" rel="noopener noreferrer">
        Open this page on the site
      </a>
      {target.itemPath ? (
        <>
          {" · "}
          <a href={new URL(target.itemPath, base).href} target="_blank" rel="noopener noreferrer">
            Open the page of {target.itemLabel}
          </a>
        </>
      ) : null}
    </p>
  );
}

function Status({ shown }: { shown: Shown }) {
  if (shown.state === "loading")
    return <p className="council-preview__note">Making the preview…</p>;
  if (shown.state === "failed") {
    return (
      <div className="council-preview__problems" role="alert">
        <h2>The preview cannot be shown</h2>
        <p>{shown.message}</p>
        <p>Your changes are still in the form. Reload the editor to try again.</p>
      </div>
    );
  }
  const { content } = shown;
  if (content.type === "no-page") {
    return (
      <p className="council-preview__note">
        This entry is a draft, so residents will not see it. Tick “Show drafts and drafting notes”
        to see its page.
      </p>
    );
  }
  if (content.type === "problems") {
    const below = shown.lastPage
      ? "Below, the page as it was before this change."
      : content.saved
        ? "Below, the page as it is saved."
        : undefined;
    return <Problems issues={content.issues} below={below} />;
  }
  return null;
}

/**
 * The content check's own messages, as `npm run content:check` gives them, with the field named as
 * the form labels it (as the refusal of a save names it, lib/editor/save-refusal.ts).
 */
function Problems({ issues, below }: { issues: readonly ContentIssue[]; below?: string }) {
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  return (
    <div className="council-preview__problems" aria-live="polite">
      <h2>This change cannot be published yet: {count}</h2>
      <ol>
        {issues.map((issue, index) => (
          <li key={index}>
            <p className="council-preview__where">
              {issue.field ? `${formFieldPath(issue.file, issue.field)}, ` : ""}line {issue.line} of{" "}
              {issue.file}
            </p>
            <p>{issue.message}</p>
            <dl>
              {issue.expected !== undefined ? (
                <>
                  <dt>Expected</dt>
                  <dd>{issue.expected}</dd>
                </>
              ) : null}
              {issue.found !== undefined ? (
                <>
                  <dt>Found</dt>
                  <dd>{issue.found}</dd>
                </>
              ) : null}
              {issue.hint !== undefined ? (
                <>
                  <dt>How to fix it</dt>
                  <dd>{issue.hint}</dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
      {below ? <p>{below}</p> : null}
    </div>
  );
}

/** Where the page's own links and "Open on the site" go. */
function linkBase(settings: PreviewSettings, siteUrl: string): string {
  return settings.links === "site" ? siteUrl : window.location.origin;
}
