import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { changedProps } from "@/lib/editor/app/changed-props";
import { DECAP_SWAPS, decapSwapsPlugin } from "@/lib/editor/decap-swaps";

/**
 * What keeps a keystroke in a long form from drawing the whole form again (bench/README.md,
 * section 10): a list item is drawn again only when it is given something new, and the swaps of
 * Decap's modules that make it so fail the editor's build when they no longer apply.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** A value as Immutable makes them: equal to another by its `equals`. */
const valueOf = (lead: string) => ({
  lead,
  equals: (other: unknown) => (other as { lead?: string } | undefined)?.lead === lead,
});

describe("a list item of Decap's form", () => {
  const item = { number: 3, text: "Review our local safeguarding" };
  const props = { value: item, field: {}, collapsed: true, metadata: valueOf("x") };

  it("is not drawn again for the same props and metadata made afresh with the same value", () => {
    expect(changedProps(props, { ...props, metadata: valueOf("x") })).toBe(false);
  });

  it("is drawn again when its value, folding, metadata or any other prop changes", () => {
    expect(changedProps(props, { ...props, value: { ...item, text: "Review" } })).toBe(true);
    expect(changedProps(props, { ...props, collapsed: false })).toBe(true);
    expect(changedProps(props, { ...props, metadata: valueOf("y") })).toBe(true);
    expect(changedProps(props, { ...props, field: {} })).toBe(true);
    expect(changedProps(props, { ...props, hasError: true })).toBe(true);
    expect(changedProps(props, { ...props, collapsed: undefined })).toBe(true);
  });
});

describe("the editor's bundle", () => {
  it("fails when Decap no longer imports what a swap replaces, naming the wrapper", async () => {
    const bundling = build({
      stdin: { contents: "export default 1;", resolveDir: ROOT },
      bundle: true,
      write: false,
      logLevel: "silent",
      plugins: [decapSwapsPlugin(ROOT)],
    });
    await expect(bundling).rejects.toThrow(
      new RegExp(`no longer imports ${DECAP_SWAPS[0].module}: ${DECAP_SWAPS[0].wrapper}`),
    );
  });
});
