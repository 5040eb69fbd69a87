/**
 * Whether a text is a valid Atom feed: parsed as XML 1.0 and validated against RFC 4287's grammar
 * (tests/atom.rng) by libxml2, then checked for the RFC's rules the grammar leaves to prose.
 * Used by the unit tests of the feeds and by the end-to-end tests of every feed the site serves.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseFeed } from "@rowanmanning/feed-parser";
import { validateXML } from "xmllint-wasm";

const GRAMMAR = readFileSync(path.join(import.meta.dirname, "atom.rng"), "utf8");

/** Every reason the text is not a valid Atom feed; none when it is. */
export async function atomProblems(xml: string): Promise<string[]> {
  return (await atomProblemsOfEach([xml]))[0]!;
}

/**
 * The same for many feeds at once, in their order: libxml2 is started once for them all (starting
 * it is most of the cost of one small feed: 230 feeds take 0.25 s together, 40 s one by one).
 */
export async function atomProblemsOfEach(xmls: readonly string[]): Promise<string[][]> {
  const fileName = (index: number) => `feed-${index}.xml`;
  const result = await validateXML({
    xml: xmls.map((contents, index) => ({ fileName: fileName(index), contents })),
    schema: [{ fileName: "atom.rng", contents: GRAMMAR }],
    extension: "relaxng",
  });
  const fileOf = (error: (typeof result.errors)[number]) =>
    error.loc?.fileName ?? /^(feed-\d+\.xml) /.exec(error.rawMessage)?.[1];
  return xmls.map((xml, index) => {
    // An error that names no file counts against every feed.
    const errors = result.errors.filter((error) =>
      [fileName(index), undefined].includes(fileOf(error)),
    );
    return errors.length > 0 ? errors.map((error) => error.rawMessage) : proseRules(xml);
  });
}

/**
 * RFC 4287's rules outside its grammar that a feed of ours could break: ids and links are
 * absolute IRIs (4.2.6), an entry's id is unique in its feed (4.1.1), an entry without content has
 * an alternate link (4.1.1), and a feed without authors has authors in every entry (4.1.1).
 */
function proseRules(xml: string): string[] {
  const feed = parseFeed(xml);
  const problems: string[] = [];
  const absolute = (value: string | null | undefined) => {
    try {
      return value ? new URL(value).protocol.length > 1 : false;
    } catch {
      return false;
    }
  };
  // The grammar puts the feed's own elements before its entries: its id is the first.
  const feedId = /<id>([^<]*)<\/id>/.exec(xml)?.[1];
  if (!absolute(feedId)) problems.push(`the feed's id ${String(feedId)} is not an absolute IRI`);
  const ids = new Set<string>();
  for (const item of feed.items) {
    if (!absolute(item.id)) problems.push(`entry id ${String(item.id)} is not an absolute IRI`);
    else if (ids.has(item.id!)) problems.push(`entry id ${item.id} is used twice`);
    else ids.add(item.id!);
    if (!absolute(item.url))
      problems.push(`entry ${String(item.id)} has no absolute alternate link`);
    if (feed.authors.length === 0 && item.authors.length === 0) {
      problems.push(`entry ${String(item.id)} has no author, and neither has the feed`);
    }
  }
  return problems;
}

/**
 * Every feed the site offers: the union of the Atom feeds each page links to (`<link
 * rel="alternate" type="application/atom+xml">`), read from the running site. A feed no page
 * offers is one no resident can find.
 */
export async function offeredFeeds(
  pagePaths: readonly string[],
  get: (path: string) => Promise<string>,
): Promise<string[]> {
  const feeds = new Set<string>();
  for (const path of pagePaths) {
    for (const [link] of (await get(path)).matchAll(/<link\b[^>]*>/g)) {
      if (!/\btype="application\/atom\+xml"/.test(link)) continue;
      const href = /\bhref="([^"]+)"/.exec(link)?.[1];
      if (href) feeds.add(new URL(href, "http://site").pathname);
    }
  }
  return [...feeds].sort();
}
