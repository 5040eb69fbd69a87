import { cp, mkdtemp, rm, writeFile, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readContentHistory } from "@/lib/content/history";
import { BODY_FIELD, fromFile, toFile, type EntryData } from "@/lib/editor/mdx-format";
import { today } from "@/lib/content/today";
import type { ContentSnapshot } from "@/lib/editor/preview/snapshot-data";
import type { BuildFacts } from "@/lib/site/build-facts";
import { TEST_ASSETS } from "../build-facts-fixture";

/**
 * The preview's promise: the content model run on a snapshot, with one entry edited in its file's
 * place, gives the same page, byte for byte, as the build's full load of the same files. One entry
 * of every kind, each changed through the editor's own file format, in both modes the site has:
 * the local preview (drafts and drafting notes shown) and the production build.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));
afterEach(() => {
  vi.unstubAllEnvs();
});

const FACTS: Omit<BuildFacts, "today"> = {
  history: readContentHistory(ROOT),
  assets: TEST_ASSETS,
};
const TODAY = today();

/** The modules as `next dev` ("development") or `next build` ("production") loads them. */
async function modulesIn(mode: "development" | "production") {
  vi.stubEnv("NODE_ENV", mode);
  vi.resetModules();
  const [model, pane, loadSite, snapshot, pages, respond, html, data] = await Promise.all([
    import("@/lib/editor/preview/model"),
    import("@/lib/editor/preview/pane-content"),
    import("@/lib/site/load-site"),
    import("@/lib/editor/preview/snapshot"),
    import("@/lib/site/pages"),
    import("@/lib/render/respond"),
    import("@/lib/render/html"),
    import("@/lib/editor/preview/snapshot-data"),
  ]);
  return { ...model, ...pane, ...loadSite, ...snapshot, ...pages, ...respond, ...html, ...data };
}

type Modules = Awaited<ReturnType<typeof modulesIn>>;

/** The build's full load of a copy of content/ with `edits` written into it. */
async function builtFrom(modules: Modules, edits: Record<string, string>) {
  const root = await mkdtemp(path.join(os.tmpdir(), "preview-build-"));
  made.push(root);
  await cp(path.join(ROOT, "content"), path.join(root, "content"), { recursive: true });
  for (const [file, text] of Object.entries(edits)) await writeFile(path.join(root, file), text);
  return modules.loadSite({
    root,
    includeDrafts: process.env.NODE_ENV === "development",
    purpose: "render",
    today: TODAY,
  });
}

/** The problems the build reports for those files. */
async function builtProblems(modules: Modules, edits: Record<string, string>) {
  const result = await builtFrom(modules, edits);
  if (result.ok) throw new Error("The build accepted the content.");
  return result.issues;
}

/** The page the build makes for `pagePath` from those files. */
async function builtPage(modules: Modules, edits: Record<string, string>, pagePath: string) {
  const result = await builtFrom(modules, edits);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join("\n"));
  const page = modules.htmlPages(result.graph).find((each) => each.path === pagePath);
  if (!page) throw new Error(`The build has no page at ${pagePath}.`);
  const facts = { ...FACTS, today: TODAY };
  return modules.renderHtml(modules.renderView(result.graph, page, new URLSearchParams(), facts));
}

/** An edit made the way the form makes it: the file read into entry data, changed, written back. */
async function edited(file: string, change: (data: EntryData) => void) {
  const data = fromFile(await readFile(path.join(ROOT, file), "utf8"));
  change(data);
  return toFile(data);
}

const PLAN = "content/plans/corporate-plan-2018-21";

/** One entry of every kind, a change to it that shows on its page, and a word to find. */
const KINDS: [kind: string, file: string, change: (data: EntryData) => void, shows: string][] = [
  ["site", "content/site.mdx", (d) => (d.siteTitle = "Oxfordshire strategy (edited)"), "(edited)"],
  ["plan", `${PLAN}/plan.mdx`, (d) => (d.vision = `${String(d.vision)} Edited.`), "Edited."],
  [
    "plan theme",
    `${PLAN}/themes/thriving-people.mdx`,
    (d) => (d.title = "Thriving folk"),
    "Thriving folk",
  ],
  [
    "priority (an action's text)",
    `${PLAN}/priorities/02-safe-healthy-lives.mdx`,
    (d) => ((d.actions as { text: string }[])[2]!.text = "Review the arrangements, edited"),
    "Review the arrangements, edited",
  ],
  [
    "chapter (its body)",
    `${PLAN}/pages/how-we-work.mdx`,
    (d) => (d[BODY_FIELD] = `${String(d[BODY_FIELD])}\nA new **paragraph** of the chapter.\n`),
    "A new <strong>paragraph</strong> of the chapter.",
  ],
  [
    "figure",
    `${PLAN}/figures/funding-sources.mdx`,
    (d) => (d.title = "Where the money comes from"),
    "Where the money comes from",
  ],
  [
    "lead service",
    "content/services/public-health.mdx",
    // Renamed, it keeps its old name as another name: the plan's wording of leads still names it.
    (d) => Object.assign(d, { name: "Public Health Team", aliases: ["Public Health"] }),
    "Public Health Team",
  ],
  [
    "cross-plan theme",
    "content/themes/transport-and-travel.mdx",
    (d) => (d.title = "Getting about"),
    "Getting about",
  ],
  [
    "site page",
    "content/pages/accessibility.mdx",
    (d) => (d.title = "Accessibility of this site"),
    "Accessibility of this site",
  ],
  ["status", "content/statuses/on-track.mdx", (d) => (d.name = "Flourishing"), "Flourishing"],
];

for (const mode of ["development", "production"] as const) {
  describe(`the preview, as ${mode === "development" ? "npm run dev" : "the production build"} shows pages`, () => {
    let modules: Modules;
    let snapshot: ContentSnapshot;
    beforeAll(async () => {
      modules = await modulesIn(mode);
      snapshot = await modules.makeSnapshot({ root: ROOT, facts: FACTS });
    });

    for (const [kind, file, change, shows] of KINDS) {
      it(`a ${kind}: the snapshot with the edited file gives the build's page`, async () => {
        vi.stubEnv("NODE_ENV", mode);
        const text = await edited(file, change);
        const load = modules.previewLoader(snapshot);
        const facts = { ...modules.factsOf(snapshot, TODAY) };
        const request = { contentDir: "content", facts, renderer: renderToStaticMarkup };
        const pane = await modules.paneContent(load, { ...request, edited: { file, text } });
        if (pane.type !== "page") throw new Error(`No page: ${JSON.stringify(pane)}`);
        expect(pane.html).toContain(shows);
        expect(pane.html).toBe(await builtPage(modules, { [file]: text }, pane.target.page.path));
        if (kind.startsWith("priority")) {
          // Drafting notes as each mode shows them: highlighted for editors, never to residents.
          expect(pane.html.includes('aria-label="Drafting notes"')).toBe(mode === "development");
        }

        // The edit is what made the difference: unedited, the page is the snapshot's.
        const unedited = await modules.paneContent(load, {
          ...request,
          edited: { file, text: await readFile(path.join(ROOT, file), "utf8") },
        });
        if (unedited.type !== "page") throw new Error("No page for the unedited entry.");
        expect(unedited.html).not.toContain(shows);
        expect(unedited.html).toBe(await builtPage(modules, {}, unedited.target.page.path));
      });
    }
  });
}

const PRIORITY = `${PLAN}/priorities/02-safe-healthy-lives.mdx`;
type Action = { text?: string; lead?: unknown; number?: unknown };
const actionOf = (data: EntryData) => (data.actions as Action[])[2]!;

/** Mistakes an officer makes in the form, each refused by a different check of the build. */
const MISTAKES: [what: string, file: string, change: (data: EntryData) => void][] = [
  ["an emptied required text (the schema)", PRIORITY, (d) => (actionOf(d).text = "")],
  ["a number that is not whole (the schema)", PRIORITY, (d) => (actionOf(d).number = 2.5)],
  [
    "a lead service that does not exist (references)",
    PRIORITY,
    (d) => (actionOf(d).lead = ["nobody"]),
  ],
  ["an action number used twice (references)", PRIORITY, (d) => (actionOf(d).number = 1)],
  [
    "an unclosed component in the body (MDX)",
    `${PLAN}/pages/how-we-work.mdx`,
    (d) => (d[BODY_FIELD] = `${String(d[BODY_FIELD])}\n<Callout>Unclosed\n`),
  ],
  [
    "a link to a page that does not exist (links)",
    `${PLAN}/pages/how-we-work.mdx`,
    (d) => (d[BODY_FIELD] = `${String(d[BODY_FIELD])}\n[Our plans](/plans/no-such-plan)\n`),
  ],
  [
    "a pasted right-to-left override (hidden characters)",
    "content/services/public-health.mdx",
    (d) => (d.name = "Public \u202eHealth"),
  ],
];

describe("a mistake in the form", () => {
  let modules: Modules;
  let snapshot: ContentSnapshot;
  beforeAll(async () => {
    modules = await modulesIn("development");
    snapshot = await modules.makeSnapshot({ root: ROOT, facts: FACTS });
  });

  for (const [what, file, change] of MISTAKES) {
    it(`${what} shows the build's own problems, and the next good version its page`, async () => {
      vi.stubEnv("NODE_ENV", "development");
      const load = modules.previewLoader(snapshot);
      const request = {
        contentDir: "content",
        facts: modules.factsOf(snapshot, TODAY),
        renderer: renderToStaticMarkup,
      };
      const text = await edited(file, change);
      const pane = await modules.paneContent(load, { ...request, edited: { file, text } });
      if (pane.type !== "problems") throw new Error(`Not refused: ${pane.type}`);
      expect(pane.issues.length).toBeGreaterThan(0);
      expect(pane.issues.every((issue) => issue.file === file)).toBe(true);
      expect(pane.issues).toEqual(await builtProblems(modules, { [file]: text }));

      // Mended, the same loader shows the page again.
      const mended = await readFile(path.join(ROOT, file), "utf8");
      const after = await modules.paneContent(load, { ...request, edited: { file, text: mended } });
      expect(after.type).toBe("page");
    });
  }
});

describe("a draft entry", () => {
  const file = `${PLAN}/pages/foreword.mdx`;
  for (const mode of ["development", "production"] as const) {
    it(`has a page with the draft banner only where drafts are shown (${mode})`, async () => {
      const modules = await modulesIn(mode);
      const snapshot = await modules.makeSnapshot({ root: ROOT, facts: FACTS });
      const text = await readFile(path.join(ROOT, file), "utf8");
      const pane = await modules.paneContent(modules.previewLoader(snapshot), {
        edited: { file, text },
        contentDir: "content",
        facts: modules.factsOf(snapshot, TODAY),
        renderer: renderToStaticMarkup,
      });
      if (mode === "production") {
        expect(pane.type).toBe("no-page");
      } else {
        if (pane.type !== "page") throw new Error("The draft has no page in the preview.");
        expect(pane.html).toContain('class="draft-banner"');
      }
    });
  }
});
