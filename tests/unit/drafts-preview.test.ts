import { createElement, type ComponentType, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DraftBanner, DraftingFlags } from "@/components/content/DraftingFlags";
import { Mdx } from "@/components/content/Mdx";
import { DraftingNote } from "@/components/mdx/DraftingNote";
import { InformationToFollow } from "@/components/mdx/InformationToFollow";
import { compileMdx } from "@/lib/content/compile-mdx";
import { formatIssues } from "@/lib/content/issues";
import { NOTE_KINDS } from "@/lib/content/note-kinds";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { loadWith } from "./fixture-tree";

function render<P extends object>(component: ComponentType<P>, props: P, children?: ReactNode) {
  return renderToStaticMarkup(createElement(component, props, children));
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the mode that shows drafts (lib/site/preview.ts)", () => {
  // It reads NODE_ENV once, when it is first imported, as `next dev` (development) and
  // `next build` (production) each load it once.
  it.each([
    ["development", true],
    ["production", false],
  ] as const)("is %s: %s", async (mode, shown) => {
    vi.stubEnv("NODE_ENV", mode);
    vi.resetModules();
    expect((await import("@/lib/site/preview")).isPreview).toBe(shown);
  });
});

describe("drafting notes and drafts in the local preview (npm run dev)", () => {
  it("shows the notes and a Draft banner", () => {
    const note = render(DraftingNote, { kind: "being-checked", preview: true }, "check accuracy");
    expect(note).toContain("Drafting note:");
    expect(note).toContain("check accuracy");
    expect(note).toContain('role="note"');
    // Editors also read what residents read.
    expect(note).toContain(NOTE_KINDS["being-checked"]);

    const toFollow = render(InformationToFollow, {
      note: "to be developed Dec/Jan",
      preview: true,
    });
    expect(toFollow).toContain("Information to follow.");
    expect(toFollow).toContain("to be developed Dec/Jan");

    const notes = render(DraftingFlags, {
      notes: [
        { kind: "details-to-follow", note: "info needed to explain" },
        { kind: "being-checked", note: "check accuracy" },
      ],
      preview: true,
    });
    expect(notes).toContain('aria-label="Drafting notes"');
    expect(notes).toContain("info needed to explain");
    expect(notes).toContain("check accuracy");

    const banner = render(DraftBanner, { draft: true, preview: true });
    expect(banner).toContain('class="draft-banner"');
    expect(banner).toContain("<strong>Draft</strong>");
    expect(banner).toContain("this page is not published");
    // Entries that are not drafts get no banner, even in the preview.
    expect(render(DraftBanner, { draft: false, preview: true })).toBe("");
    expect(render(DraftBanner, { draft: undefined, preview: true })).toBe("");
  });
});

describe("drafting notes and drafts on the public site (production build)", () => {
  it("shows nothing of the notes, and no Draft banner", () => {
    // Residents read the plain sentence of the note's kind, never the note.
    const note = render(DraftingNote, { kind: "being-checked", preview: false }, "check accuracy");
    expect(note).toContain("Not final");
    expect(note).toContain(NOTE_KINDS["being-checked"]);
    expect(note).not.toContain("check accuracy");
    const flags = render(DraftingFlags, {
      notes: [
        { kind: "details-to-follow", note: "info needed to explain" },
        { kind: "details-to-follow", note: "info needed" },
      ],
      preview: false,
    });
    // One sentence for each kind, however many notes of it.
    expect(flags.split(NOTE_KINDS["details-to-follow"]).length - 1).toBe(1);
    expect(flags).not.toContain("info needed");
    expect(flags).not.toContain("drafting-note");
    expect(render(DraftingFlags, { notes: [], preview: false })).toBe("");
    expect(render(DraftBanner, { draft: true, preview: false })).toBe("");

    // Residents still read the neutral line, but not the note behind it.
    const toFollow = render(InformationToFollow, {
      note: "to be developed Dec/Jan",
      preview: false,
    });
    expect(toFollow).toContain("Information to follow.");
    expect(toFollow).not.toContain("to be developed");
    expect(toFollow).not.toContain("Drafting note");
    expect(toFollow).not.toContain("drafting-note");
  });

  it("keeps a body from showing its own notes", async () => {
    const result = await compileMdx(
      'Text.\n\n<DraftingNote kind="being-checked" preview note="secret one" />\n\n<InformationToFollow preview note="secret two" />\n',
      MDX_COMPONENT_NAMES,
    );
    if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
    const html = render(Mdx, { body: result.compiled, preview: false });
    expect(html).toContain("Information to follow.");
    expect(html).not.toContain("secret");
    // The same body, told to show notes, shows both: the test above is not vacuous.
    const shown = render(Mdx, { body: result.compiled, preview: true });
    expect(shown).toContain("secret one");
    expect(shown).toContain("secret two");
  });
});

describe("draft entries in the content graph", () => {
  // A fixture, not the real content: the council will publish its drafts one day.
  const DRAFT = "plans/test-plan/pages/foreword.mdx";
  const files = {
    [DRAFT]: "---\nid: foreword\ntitle: Foreword\norder: 0\ndraft: true\n---\n\nNot yet agreed.\n",
  };

  async function plan(includeDrafts: boolean) {
    const result = await loadWith(files, includeDrafts);
    if (!result.ok) throw new Error(formatIssues(result.issues));
    return result.graph.plans[0]!;
  }

  it("leaves a draft page out of the production graph", async () => {
    const pages = (await plan(false)).pages;
    expect(pages.map((page) => page.id)).not.toContain("foreword");
    expect(pages.map((page) => page.file)).not.toContain(`content/${DRAFT}`);
  });

  it("keeps a draft page in the preview graph, marked as a draft", async () => {
    const foreword = (await plan(true)).pages.find((page) => page.id === "foreword");
    expect(foreword?.file).toBe(`content/${DRAFT}`);
    expect(foreword?.draft).toBe(true);
  });
});
