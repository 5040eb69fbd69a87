import { renderToStaticMarkup } from "react-dom/server";
import { showDrafts } from "./browser/preview-flag";
import type { ItemInForm } from "./item-in-form";
import { nameInContent, previewLoader, type EditedFile } from "./model";
import { paneContent, type PaneContent, type PanePage } from "./pane-content";
import { factsOf, type ContentSnapshot } from "./snapshot-data";
import { today } from "@/lib/content/today";

/**
 * The preview in the browser: the snapshot loaded once, the content model run on it for each
 * version of the form. Loaded as a chunk of its own when a preview first opens (pane.tsx), so the
 * editor's first script does not carry the site's code.
 */
export interface PreviewSession {
  contentDir: string;
  /** When the other entries were read. */
  madeAt: string;
  show(request: ShowRequest): Promise<PaneContent>;
}

export interface ShowRequest {
  edited: EditedFile;
  item?: ItemInForm;
  /** Drafts and drafting notes shown, as `npm run dev` shows them; hidden, as residents read it. */
  drafts: boolean;
}

let current: { version: string; session: PreviewSession } | undefined;

/**
 * The session for the snapshot at `url`; the same one again while the content is unchanged (the
 * server says "not modified" to the version the pane has, or sends the same version again).
 */
export async function openSession(url: string): Promise<PreviewSession> {
  const known = current;
  const response = await fetch(url, {
    credentials: "same-origin",
    headers: known ? { "if-none-match": `"${known.version}"` } : {},
  });
  if (response.status === 304 && known) return known.session;
  if (!response.ok) {
    throw new Error(`The copy of the site's content could not be loaded (${response.status}).`);
  }
  const snapshot = (await response.json()) as ContentSnapshot;
  if (current?.version === snapshot.version) return current.session;
  const session = sessionOf(snapshot);
  current = { version: snapshot.version, session };
  return session;
}

function sessionOf(snapshot: ContentSnapshot): PreviewSession {
  const load = previewLoader(snapshot);
  const show = (edited: EditedFile, item?: ItemInForm) =>
    paneContent(load, {
      edited,
      item,
      contentDir: snapshot.contentDir,
      facts: factsOf(snapshot, today()),
      renderer: renderToStaticMarkup,
    });
  // The entry's page as saved, made once for each entry and mode, for under problems.
  const saved = new Map<string, Promise<PanePage | undefined>>();
  const savedPage = ({ edited, drafts }: ShowRequest) => {
    const key = `${edited.file}\0${drafts}`;
    let page = saved.get(key);
    if (!page) {
      const read = snapshot.files[nameInContent(snapshot.contentDir, edited.file)];
      page =
        read && "text" in read
          ? show({ file: edited.file, text: read.text }).then((content) =>
              content.type === "page" ? content : undefined,
            )
          : Promise.resolve(undefined);
      saved.set(key, page);
    }
    return page;
  };
  // One version at a time: the drafts switch is read while a page loads and renders. The first
  // load of the snapshot as it is parses every file, kept for the pages to come: done now, while
  // the officer is still choosing or reading the entry, not at their first keystroke.
  let queue: Promise<unknown> = load(undefined, today()).catch(() => undefined);
  return {
    contentDir: snapshot.contentDir,
    madeAt: snapshot.madeAt,
    show(request) {
      const run = queue.then(async (): Promise<PaneContent> => {
        showDrafts(request.drafts);
        const content = await show(request.edited, request.item);
        if (content.type !== "problems") return content;
        return { ...content, saved: await savedPage(request) };
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
