import type { ReactElement } from "react";
import type { ContentGraph, Plan } from "@/lib/content";
import type { BuildFacts } from "@/lib/site/build-facts";
import type { HistorySubject } from "@/lib/site/item-history";
import type { HtmlKindName, ParamsOf, SectionKeyOf } from "@/lib/site/pages";
import type { Section } from "@/lib/site/sections";

/** What every view is given: the graph, the build's facts and what its page kind declares. */
export interface PageContext<Key extends string = string> {
  graph: ContentGraph;
  facts: BuildFacts;
  /** The page's canonical address. */
  path: string;
  /** The page's title, as its kind declares it (lib/site/page-kinds.ts). */
  title: string;
  /** The content files it is made from, for "last updated". */
  files: readonly string[];
  /** Its declared sections, in order: the view renders each (components/layout/Sections.tsx). */
  sections: readonly Section<Key>[];
  /** The query string, for pages rendered per request; empty for prerendered pages. */
  query: URLSearchParams;
  /** The plan the page is part of, if it is one's: a draft plan's pages carry its phase banner. */
  plan: Plan | null;
  /** The item whose page this is, where it has a history of its own (lib/site/item-history.ts). */
  historyOf?: HistorySubject;
  /**
   * Whether drafting notes and drafts show, as in `npm run dev` and the editor's preview with its
   * switch on; never in a build for residents. Views pass it down: no component reads the mode.
   */
  preview: boolean;
}

export interface ViewProps<K extends HtmlKindName> {
  ctx: PageContext<SectionKeyOf<K>>;
  params: ParamsOf<K>;
}

export type View<K extends HtmlKindName> = (props: ViewProps<K>) => ReactElement;
