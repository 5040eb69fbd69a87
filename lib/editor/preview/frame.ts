import type { EntryPage } from "./entry-page";

interface FramePage {
  html: string;
  target: EntryPage;
}

/** What a frame shows now, kept on the frame itself. */
interface FrameState {
  anchor?: string;
  loaded: boolean;
}

const states = new WeakMap<HTMLIFrameElement, FrameState>();

/**
 * Shows a page's HTML in the preview's frame. The first version is the frame's whole document
 * (`srcdoc`); a later one with the same head replaces only the body, so the stylesheet is not
 * loaded again and the officer's place on the page is kept. When the part being edited changes
 * (another action, say), the page is scrolled to it.
 */
export function showInFrame(frame: HTMLIFrameElement, page: FramePage, linkBase: string): void {
  const state = states.get(frame);
  const document = frame.contentDocument;
  const anchor = page.target.anchor;
  if (state?.loaded && document) {
    const next = new DOMParser().parseFromString(page.html, "text/html");
    if (next.head.innerHTML === document.head.innerHTML) {
      document.body.replaceWith(document.importNode(next.body, true));
      if (anchor !== state.anchor) scrollTo(document, anchor);
      state.anchor = anchor;
      return;
    }
  }
  const fresh: FrameState = { anchor, loaded: false };
  states.set(frame, fresh);
  frame.onload = () => {
    fresh.loaded = true;
    const loaded = frame.contentDocument;
    if (!loaded) return;
    loaded.addEventListener("click", (event) => followLink(event, loaded, linkBase));
    scrollTo(loaded, anchor);
  };
  frame.srcdoc = page.html;
}

function scrollTo(document: Document, anchor: string | undefined): void {
  if (!anchor) return;
  document.getElementById(anchor)?.scrollIntoView({ block: "start" });
}

/**
 * A link in the page: a same-page anchor scrolls the frame; any other opens, in a new tab, the page
 * it names on the site, never inside the preview.
 */
function followLink(event: MouseEvent, document: Document, linkBase: string): void {
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute("href") ?? "";
  if (href.startsWith("#")) {
    scrollTo(document, decodeURIComponent(href.slice(1)));
    return;
  }
  window.open(new URL(href, linkBase).href, "_blank", "noopener,noreferrer");
}
