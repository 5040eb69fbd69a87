import type { MdxFindings } from "./mdx-inspect";

/** What the compiler gives for a body (compile-mdx.ts), and what its caches keep (mdx-cache.ts). */
export interface CompiledMdx extends Omit<MdxFindings, "problems"> {
  /**
   * The compiled body as a function body (MDX's `function-body` output), run by mdx-bundler's
   * `getMDXComponent` in components/content/Mdx.tsx; empty string for an empty body; null when the
   * body was only checked (`checkMdx`), which no page ever renders.
   */
  code: string | null;
}
