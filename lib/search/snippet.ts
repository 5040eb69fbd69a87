/** A piece of a snippet: matched words are marked so the page can highlight them. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * The part of a text around the first matched word, with every matched word marked. Used by the
 * server-rendered results and by the search script alike.
 */
export function snippet(text: string, terms: readonly string[], length = 220): SnippetPart[] {
  const words = terms.filter((term) => term.length > 0).map(escapeRegExp);
  if (words.length === 0) return [{ text: shorten(text, length), match: false }];
  const pattern = new RegExp(`\\b(${words.join("|")})`, "gi");
  const first = text.search(pattern);
  const start = first > length / 3 ? text.lastIndexOf(" ", first - length / 3) + 1 : 0;
  let excerpt = text.slice(start, start + length);
  if (start + length < text.length) excerpt = `${excerpt.slice(0, excerpt.lastIndexOf(" "))}…`;
  if (start > 0) excerpt = `…${excerpt}`;
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    const index = match.index ?? 0;
    const word = /^[\p{L}\p{N}'’-]*/u.exec(excerpt.slice(index))?.[0] ?? match[0];
    if (index > last) parts.push({ text: excerpt.slice(last, index), match: false });
    parts.push({ text: word, match: true });
    last = index + word.length;
  }
  if (last < excerpt.length) parts.push({ text: excerpt.slice(last), match: false });
  return parts;
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, text.lastIndexOf(" ", length))}…` : text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
