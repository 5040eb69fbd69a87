import ReactMarkdown from "react-markdown";
import type { ReactElement } from "react";

/**
 * The help text under each field of Decap's form, written in Markdown. Decap parses it again
 * every time it draws the field: 817 times for a priority's form, at each keystroke, when most of
 * the texts are the same few dozen (each kind of field's help, from its schema). Here each text is
 * parsed once and its elements kept; React draws the same elements in as many places as needed.
 *
 * Bundled in place of `react-markdown` for Decap's field control only (decap-swaps.ts), whose one
 * use passes the same options every time (the same plugins, elements and link), so the text alone
 * decides what it draws.
 */
const drawn = new Map<string, ReactElement>();

type Options = Parameters<typeof ReactMarkdown>[0];

export default function HintMarkdown(options: Options): ReactElement {
  const text = options.children;
  if (typeof text !== "string") return ReactMarkdown(options);
  let elements = drawn.get(text);
  if (!elements) {
    elements = ReactMarkdown(options);
    drawn.set(text, elements);
  }
  return elements;
}
