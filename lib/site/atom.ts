/**
 * An Atom feed (RFC 4287) as text: every feed the site serves is made here, from its entries.
 *
 * Written here rather than with the `feed` package, which wrote it through xml-js: that split
 * only the first `]]>` of a CDATA section, so a summary with two ended the section early, and it
 * passed control characters through, so one summary could make a feed unreadable for every
 * subscriber. An Atom document is fixed markup around text; every text and attribute goes through
 * `xmlText`, which makes any string valid XML 1.0 (tests/unit/feeds.test.ts validates the result
 * against RFC 4287's grammar).
 */

export interface AtomEntry {
  /** An absolute IRI, the same for the same entry in every build. */
  id: string;
  /** Plain text. */
  title: string;
  /** The absolute address of the page the entry is about. */
  link: string;
  updated: Date;
  /** HTML, sent escaped as `type="html"`: made by our own rendering, never content's source. */
  summaryHtml: string;
}

export interface AtomFeed {
  /** An absolute IRI: the feed's own address. */
  id: string;
  title: string;
  /** The absolute address of the page the feed is the feed of. */
  link: string;
  author: string;
  rights?: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
}

/** The feed as an XML document; `updated` is its newest entry's (the epoch when it has none). */
export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.reduce(
    (newest, entry) => (entry.updated > newest ? entry.updated : newest),
    new Date(0),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.id)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.link)}"/>`,
    `  <author><name>${xmlText(feed.author)}</name></author>`,
    ...(feed.rights ? [`  <rights>${xmlText(feed.rights)}</rights>`] : []),
    ...feed.entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}

function entryXml(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${xmlText(entry.id)}</id>`,
    `    <title>${xmlText(entry.title)}</title>`,
    `    <updated>${entry.updated.toISOString()}</updated>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>`,
    `    <summary type="html">${xmlText(entry.summaryHtml)}</summary>`,
    "  </entry>",
  ].join("\n");
}

/**
 * Characters XML 1.0 cannot hold at all (its `Char` production): most controls, unpaired
 * surrogates, U+FFFE and U+FFFF. The content check refuses them already; this is the last guard.
 */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Any string as XML character data or an attribute value: no CDATA, so no `]]>` to split. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
