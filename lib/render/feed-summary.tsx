import type { ComponentPropsWithoutRef } from "react";
import { Mdx, type Components } from "@/components/content/Mdx";
import type { ProgressUpdate } from "@/lib/content/graph";
import { residentSentence } from "@/lib/content/note-kinds";
import type { TrackedItem } from "@/lib/content/progress";
import { draftNote } from "@/lib/site/draft-note";
import { isPreview } from "@/lib/site/preview";
import type { FeedHtml } from "@/lib/site/page-kind";
import { renderFragment } from "./html";

/**
 * The HTML of feed entries' summaries, made with React here so that the site's own modules (and
 * the content check, which loads them) need no renderer: lib/site/feeds.ts receives it in the
 * SiteIndex.
 */
export const FEED_HTML: FeedHtml = {
  update: updateSummaryHtml,
  change: changeSummaryHtml,
  paragraphs: paragraphsHtml,
};

/**
 * An update as a feed entry's summary: HTML rendered from the compiled summary by the pages' own
 * MDX rendering, never the summary's source. It is safe by construction: the check refuses raw
 * HTML, `{}` expressions, unknown components and unsafe addresses; React escapes every text and
 * attribute (a code span `<img onerror>` stays text); and a feed reader has no page to resolve a
 * relative address against, so every link is made absolute and images become their words.
 */
function updateSummaryHtml(item: TrackedItem, update: ProgressUpdate, pageUrl: string): string {
  const plan = item.priority.plan;
  const kinds = [...new Set(item.draftingNotes.map((note) => note.kind))];
  return renderFragment(
    <>
      {/* A feed reader shows no banner or tag: the words say what the page would show. */}
      {draftNote(plan) ? <p>{draftNote(plan)}</p> : null}
      {kinds.map((kind) => (
        <p key={kind}>Not final: {residentSentence(kind)}</p>
      ))}
      <Mdx body={update.summary} preview={isPreview} components={feedComponents(pageUrl)} />
      {update.links.length > 0 ? (
        <ul>
          {update.links.map((link) => (
            <li key={link.url}>
              <a href={new URL(link.url, pageUrl).href}>{link.title}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>,
  );
}

/** Sentences as a feed entry's summary, a paragraph each, escaped by React. */
function paragraphsHtml(texts: readonly string[]): string {
  return renderFragment(
    <>
      {texts.map((text, index) => (
        <p key={index}>{text}</p>
      ))}
    </>,
  );
}

/** A change to a page, as a feed entry's summary. */
function changeSummaryHtml(pageTitle: string): string {
  return renderFragment(<p>The page “{pageTitle}” was changed.</p>);
}

/** The elements a summary renders differently off the site. */
function feedComponents(pageUrl: string): Components {
  return {
    a: ({ href, children }: ComponentPropsWithoutRef<"a">) => (
      <a href={href === undefined ? undefined : new URL(href, pageUrl).href}>{children}</a>
    ),
    img: ({ alt }: ComponentPropsWithoutRef<"img">) => alt ?? null,
  };
}
