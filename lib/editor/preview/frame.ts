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
 * (`srcdoc`); a later one with the same head changes only the nodes of the body that differ, so the
 * stylesheet is not loaded again, the officer's place on the page is kept, and the browser lays out
 * and paints again only what changed (a whole priority page's body laid out anew took most of the
 * time from a keystroke to the pane, bench/README.md section 10). When the part being edited
 * changes (another action, say), the page is scrolled to it.
 */
export function showInFrame(frame: HTMLIFrameElement, page: FramePage, linkBase: string): void {
  const state = states.get(frame);
  const document = frame.contentDocument;
  const anchor = page.target.anchor;
  if (state?.loaded && document) {
    const next = new DOMParser().parseFromString(page.html, "text/html");
    if (next.head.innerHTML === document.head.innerHTML) {
      patchNode(document.body, next.body);
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

/**
 * Makes `current` (in the frame) equal to `next` (the new page, parsed), keeping every node that is
 * equal already: an element with the same name, attributes and number of children is kept and its
 * children are made equal in turn; text is changed in place; any other difference replaces the
 * node. Afterwards the frame's body is equal (`isEqualNode`) to the new page's.
 */
export function patchNode(current: Node, next: Node): void {
  if (current.isEqualNode(next)) return;
  if (current.nodeType !== Node.ELEMENT_NODE && current.nodeType === next.nodeType) {
    current.nodeValue = next.nodeValue;
    return;
  }
  if (!sameShell(current, next)) {
    current.parentNode?.replaceChild(current.ownerDocument!.importNode(next, true), current);
    return;
  }
  const children = [...current.childNodes];
  children.forEach((child, index) => patchNode(child, next.childNodes[index]!));
}

/** Two elements alike but for their children's content. */
function sameShell(current: Node, next: Node): boolean {
  if (current.nodeType !== Node.ELEMENT_NODE || current.nodeName !== next.nodeName) return false;
  if (current.childNodes.length !== next.childNodes.length) return false;
  const [a, b] = [current as Element, next as Element];
  if (a.attributes.length !== b.attributes.length) return false;
  return [...b.attributes].every((attribute) => a.getAttribute(attribute.name) === attribute.value);
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
