import { getMDXComponent } from "mdx-bundler/client";
import type { ComponentType } from "react";
import { mdxComponents } from "@/components/mdx/MDXComponents";
import type { CompiledMdx } from "@/lib/content/compile-mdx";

const componentCache = new Map<string, ComponentType<{ components: typeof mdxComponents }>>();

/** Renders a compiled MDX body with the registered components. */
export function Mdx({ body }: { body: CompiledMdx }) {
  if (body.code === "") return null;
  let Content = componentCache.get(body.code);
  if (!Content) {
    Content = getMDXComponent(body.code) as ComponentType<{ components: typeof mdxComponents }>;
    componentCache.set(body.code, Content);
  }
  return (
    <div className="prose">
      <Content components={mdxComponents} />
    </div>
  );
}
