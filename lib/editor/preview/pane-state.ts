import { useEffect, useRef, useState } from "react";
import type { EntryData } from "../mdx-format";
import { changedItem, type ItemInForm } from "./item-in-form";
import type { PaneContent, PanePage } from "./pane-content";
import type { PreviewSession, ShowRequest } from "./session";

/**
 * A version of the form is made into a page once the form has been still this long. Decap redraws
 * the whole form on each keystroke (most of a second for a priority with 57 actions on a busy
 * 2-core machine, bench/README.md): the preview does nothing while the officer types, and shows
 * the page as soon as they pause.
 */
const SETTLE_MS = 100;

/** What the pane shows: a page is kept to show, faded, under later problems. */
export type Shown =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; content: PaneContent; lastPage?: PanePage };

/** The form as Decap holds it: read only when a version is made. */
export interface FormVersion {
  /** Decap's data (an Immutable map); a new object for each change. */
  data: { toJS(): unknown } | undefined;
  /** The entry's file, from the repository root. */
  file: (data: EntryData) => string;
  /** The file the form would save (lib/editor/mdx-format.ts). */
  text: (data: EntryData) => string;
  drafts: boolean;
}

/**
 * The pane's state for one entry: the snapshot's session opened once, then each settled version of
 * the form made into a page by it. The newest version is shown next; versions made while one was
 * being shown are skipped, so the pane keeps up however long a page takes.
 */
export function usePreview(snapshotUrl: string, form: FormVersion) {
  const [session, setSession] = useState<PreviewSession>();
  const [shown, setShown] = useState<Shown>({ state: "loading" });
  const pending = useRef<ShowRequest>(undefined);
  const running = useRef(false);
  const mounted = useRef(true);
  const before = useRef<{ data?: EntryData; item?: ItemInForm }>({});

  useEffect(() => {
    mounted.current = true;
    // The entry as it was opened: an item changed before the preview is ready is still found.
    const opened = form.data?.toJS() as EntryData | undefined;
    if (opened && Object.keys(opened).length > 0) before.current = { data: opened };
    import("./session")
      .then(({ openSession }) => openSession(snapshotUrl))
      .then((opened) => mounted.current && setSession(opened))
      .catch((error: unknown) => {
        if (mounted.current) setShown({ state: "failed", message: messageOf(error) });
      });
    return () => {
      mounted.current = false;
    };
  }, [snapshotUrl]); // eslint-disable-line react-hooks/exhaustive-deps -- the form as first opened

  useEffect(() => {
    if (!session) return;
    const pump = async () => {
      running.current = true;
      while (pending.current && mounted.current) {
        const next = pending.current;
        pending.current = undefined;
        try {
          const content = await session.show(next);
          if (mounted.current) setShown((previous) => after(previous, content));
        } catch (error) {
          if (mounted.current) setShown({ state: "failed", message: messageOf(error) });
        }
      }
      running.current = false;
    };
    const timer = setTimeout(() => {
      const data = (form.data?.toJS() ?? {}) as EntryData;
      // The item being edited is the one changed last; it stays so until another changes.
      const item =
        (before.current.data && changedItem(before.current.data, data)) || before.current.item;
      before.current = { data, item };
      pending.current = {
        edited: { file: form.file(data), text: form.text(data) },
        item,
        drafts: form.drafts,
      };
      if (!running.current) void pump();
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [session, form.data, form.drafts]); // eslint-disable-line react-hooks/exhaustive-deps -- `file` and `text` are functions of `data`

  return shown;
}

function after(previous: Shown, content: PaneContent): Shown {
  const kept = previous.state === "ready" ? previous.lastPage : undefined;
  return { state: "ready", content, lastPage: content.type === "page" ? content : kept };
}

/**
 * The page to show: the one just made, or, under problems, the last one the form made, or else the
 * entry's page as it is saved.
 */
export function pageOf(shown: Shown) {
  if (shown.state !== "ready") return undefined;
  const { content } = shown;
  if (content.type === "page") return content;
  return shown.lastPage ?? (content.type === "problems" ? content.saved : undefined);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
