import { getMDXComponent } from "mdx-bundler/client";
import type { ReactNode } from "react";
import { mdxComponents } from "@/components/mdx/MDXComponents";
import type { CompiledMdx } from "@/lib/content/compile-mdx";

type MdxContent = (props: { components: typeof mdxComponents }) => ReactNode;

const contentCache = new Map<string, MdxContent>();

/** Renders a compiled MDX body with the registered components. */
export function Mdx({ body }: { body: CompiledMdx }) {
  if (body.code === "") return null;
  let content = contentCache.get(body.code);
  if (!content) {
    content = getMDXComponent(body.code) as unknown as MdxContent;
    contentCache.set(body.code, content);
  }
  // MDX output is a plain function of its props (no hooks), so it is called, not mounted.
  return <div className="prose">{content({ components: mdxComponents })}</div>;
}
