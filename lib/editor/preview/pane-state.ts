import { useEffect, useRef, useState } from "react";
import type { EntryData } from "../mdx-format";
import { changedItem, type ItemInForm } from "./item-in-form";
import type { PaneContent, PanePage } from "./pane-content";
import type { PreviewSession, ShowRequest } from "./session";

/**
 * A version of the form is made into a page once the form has been still this long: a burst of
 * changes (a held key, a paste, a word typed fast) makes one page, and the pane follows ordinary
 * typing. Each keystroke costs Decap's form 45-90 ms and a page of the largest priority 30-50 ms
 * on a 2-core machine (bench/README.md, section 10), so a page between keystrokes does not hold up
 * the typing.
 */
const SETTLE_MS = 50;

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
    openPreviewSession(snapshotUrl)
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

/** A session being opened: the preload's, shared with a pane that opens before it is done. */
let opening: Promise<PreviewSession> | undefined;

function openPreviewSession(snapshotUrl: string): Promise<PreviewSession> {
  opening ??= import("./session")
    .then(({ openSession }) => openSession(snapshotUrl))
    .finally(() => {
      opening = undefined;
    });
  return opening;
}

/**
 * Loads the preview's code and the snapshot, and parses the content, before any entry is opened:
 * called once the editor is up (main.ts), so that the first pane the officer opens only renders
 * its page. A pane opened later asks again, and gets the same session while the content is
 * unchanged (session.ts).
 */
export function preloadPreview(snapshotUrl: string): void {
  openPreviewSession(snapshotUrl).catch(() => undefined);
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
