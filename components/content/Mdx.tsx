import { getMDXComponent } from "mdx-bundler/client";
import { createElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { mdxComponents } from "@/components/mdx/MDXComponents";
import type { CompiledMdx } from "@/lib/content/compile-mdx";

type Components = Record<string, unknown>;
type MdxContent = (props: { components: Components }) => ReactNode;

const contentCache = new Map<string, MdxContent>();
const LEVELS = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;

/**
 * Renders a compiled MDX body with the registered components. Where several bodies share a page
 * (the whole plan on one page) headings move down a level and their ids get a prefix, so the
 * outline and the anchors stay valid.
 */
export function Mdx({ body, idPrefix }: { body: CompiledMdx; idPrefix?: string }) {
  if (body.code === "") return null;
  let content = contentCache.get(body.code);
  if (!content) {
    content = getMDXComponent(body.code) as unknown as MdxContent;
    contentCache.set(body.code, content);
  }
  const components: Components = idPrefix
    ? { ...mdxComponents, ...nestedHeadings(idPrefix) }
    : mdxComponents;
  // MDX output is a plain function of its props (no hooks), so it is called, not mounted.
  return <div className="prose">{content({ components })}</div>;
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
