import { getMDXComponent } from "mdx-bundler/client/jsx";
import { createElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import * as jsxRuntime from "react/jsx-runtime";
import { FigureChart } from "@/components/charts/FigureChart";
import { DraftingNote } from "@/components/mdx/DraftingNote";
import { InformationToFollow } from "@/components/mdx/InformationToFollow";
import { mdxComponents } from "@/components/mdx/MDXComponents";
import { ScrollableTable } from "@/components/mdx/ScrollableTable";
import type { Figure } from "@/lib/content";
import type { CompiledMdx } from "@/lib/content/compiled-mdx";

export type Components = Record<string, unknown>;
type MdxContent = (props: { components: Components }) => ReactNode;

const contentCache = new Map<string, MdxContent>();
const LEVELS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;

/**
 * Renders a compiled MDX body with the registered components. `figures` binds <Figure id> to the
 * plan's figures. Where several bodies share a page (the whole plan on one page) headings move down
 * a level and their ids get a prefix, so the outline and the anchors stay valid. `components`
 * replaces elements for a body read off the site, e.g. absolute links in a feed.
 */
export function Mdx({
  body,
  idPrefix,
  figures,
  components: replaced,
  preview,
}: {
  body: CompiledMdx;
  /** Whether drafting notes in the body show (PageContext.preview). */
  preview: boolean;
  idPrefix?: string;
  figures?: readonly Figure[];
  components?: Components;
}) {
  if (body.code === null) {
    throw new Error(
      "This body was only checked (checkMdx): pages need content loaded by compileMdx.",
    );
  }
  if (body.code === "") return null;
  let content = contentCache.get(body.code);
  if (!content) {
    // The compiled body reads the JSX runtime from its first argument (MDX's function-body output).
    content = getMDXComponent(body.code, { jsxRuntime }) as unknown as MdxContent;
    contentCache.set(body.code, content);
  }
  const components: Components = {
    ...mdxComponents,
    ...withPreview(preview),
    table: ScrollableTable,
    ...(figures ? { Figure: figureComponent(figures, preview, idPrefix) } : {}),
    ...(idPrefix ? nestedHeadings(idPrefix) : {}),
    ...replaced,
  };
  // MDX output is a plain function of its props (no hooks), so it is called, not mounted.
  return <div className="prose">{content({ components })}</div>;
}

/** The components that show drafting notes, told whether to: after the body's attributes, so it cannot say. */
function withPreview(preview: boolean): Components {
  return {
    DraftingNote: (props: ComponentPropsWithoutRef<typeof DraftingNote>) => (
      <DraftingNote {...props} preview={preview} />
    ),
    InformationToFollow: (props: ComponentPropsWithoutRef<typeof InformationToFollow>) => (
      <InformationToFollow {...props} preview={preview} />
    ),
  };
}

function figureComponent(figures: readonly Figure[], preview: boolean, idPrefix = "") {
  return function BoundFigure({ id }: { id: string }) {
    const figure = figures.find((candidate) => candidate.id === id);
    if (!figure) return null;
    return (
      <FigureChart
        figure={{ ...figure, summary: <Mdx body={figure.body} preview={preview} /> }}
        headingLevel="h3"
        idPrefix={idPrefix}
      />
    );
  };
}

function nestedHeadings(idPrefix: string): Components {
  return Object.fromEntries(
    LEVELS.map((level, index) => [
      level,
      ({ id, ...props }: ComponentPropsWithoutRef<"h2">) =>
        createElement(LEVELS[Math.min(index + 1, 5)]!, {
          ...props,
          id: id ? `${idPrefix}${id}` : undefined,
        }),
    ]),
  );
}
