import { useEffect, useRef, useState } from "react";
import type { EntryData } from "../mdx-format";
import { changedItem, type ItemInForm } from "./item-in-form";
import type { PaneContent, PanePage } from "./pane-content";
import type { PreviewSession, ShowRequest } from "./session";

/** A version of the form is shown this long after the last change, at the latest. */
const SETTLE_MS = 40;

/** What the pane shows: a page is kept to show, faded, under later problems. */
export type Shown =
  | { state: "loading" }
  | { state: "failed"; message: string }
  | { state: "ready"; content: PaneContent; lastPage?: PanePage };

/**
 * The pane's state for one entry: the snapshot's session opened once, then each version of the
 * form made into a page by it. The newest version is shown next; versions typed while one was
 * being made are skipped, so the pane keeps up with typing however long a page takes.
 */
export function usePreview(
  snapshotUrl: string,
  request: Omit<ShowRequest, "item">,
  data: EntryData,
) {
  const [session, setSession] = useState<PreviewSession>();
  const [shown, setShown] = useState<Shown>({ state: "loading" });
  const item = useEditedItem(data, request.edited.text);
  const pending = useRef<ShowRequest>(undefined);
  const running = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    import("./session")
      .then(({ openSession }) => openSession(snapshotUrl))
      .then((opened) => mounted.current && setSession(opened))
      .catch((error: unknown) => {
        if (mounted.current) setShown({ state: "failed", message: messageOf(error) });
      });
    return () => {
      mounted.current = false;
    };
  }, [snapshotUrl]);

  const { edited, drafts } = request;
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
      pending.current = { edited, item, drafts };
      if (!running.current) void pump();
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [session, edited.file, edited.text, item, drafts]); // eslint-disable-line react-hooks/exhaustive-deps -- `edited` is its file and text

  return shown;
}

/** The objective or action changed last; it stays the one shown until another changes. */
function useEditedItem(data: EntryData, text: string): ItemInForm | undefined {
  const [item, setItem] = useState<ItemInForm>();
  const before = useRef<EntryData>(data);
  useEffect(() => {
    const changed = changedItem(before.current, data);
    before.current = data;
    if (changed) setItem(changed);
  }, [text]); // eslint-disable-line react-hooks/exhaustive-deps -- `text` is `data`, as saved
  return item;
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
