import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { citationFor } from "@/lib/site/citation";
import { resolvePath } from "@/lib/site/resolve";
import { htmlPages } from "@/lib/site/pages";
import { issuesOf, loadWith } from "./fixture-tree";

async function graphOf(files: Parameters<typeof loadWith>[0] = {}) {
  const result = await loadWith(files);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.graph;
}

const RENAMED = `---
id: renamed-priority
formerIds: [first-priority]
number: 1
title: We will test the first priority
themes: [health]
actions:
  - number: 1
    group: Safe lives
    text: The first action.
    themes: [health]
---
`;

describe("the router", () => {
  it("answers every page the site lists", async () => {
    const graph = await graphOf();
    const paths = htmlPages(graph).map((page) => page.path);
    expect(paths).toContain("/plans/test-plan/first-priority/actions/2");
    expect(paths).toContain("/plans/test-plan/print");
    for (const path of paths) expect(resolvePath(graph, path).type, path).toBe("page");
  });

  it("redirects a short reference to its page or anchor, whatever its case", async () => {
    const graph = await graphOf();
    expect(resolvePath(graph, "/ref/TP20-1")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/first-priority",
    });
    expect(resolvePath(graph, "/ref/tp20-1.2")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/first-priority/actions/2",
    });
    expect(resolvePath(graph, "/ref/Tp20-2.1")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/second-priority/objectives/1",
    });
  });

  it("suggests the nearest references for an unknown one", async () => {
    const graph = await graphOf();
    const resolution = resolvePath(graph, "/ref/TP20-1.3");
    expect(resolution.type).toBe("notFound");
    if (resolution.type !== "notFound") return;
    expect(resolution.suggestions.map((s) => s.label).slice(0, 2)).toEqual([
      "TP20-1.1",
      "TP20-1.2",
    ]);
  });

  it("keeps a renamed priority's old addresses, its action pages included, as redirects", async () => {
    const graph = await graphOf({
      "plans/test-plan/priorities/01-first-priority.mdx": null,
      "plans/test-plan/priorities/01-renamed-priority.mdx": RENAMED,
    });
    expect(resolvePath(graph, "/plans/test-plan/first-priority")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/renamed-priority",
    });
    expect(resolvePath(graph, "/plans/test-plan/first-priority/actions/1")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/renamed-priority/actions/1",
    });
    expect(resolvePath(graph, "/plans/test-plan/renamed-priority").type).toBe("page");
    // Without formerIds the old address would be lost.
    const forgotten = await graphOf({
      "plans/test-plan/priorities/01-first-priority.mdx": null,
      "plans/test-plan/priorities/01-renamed-priority.mdx": RENAMED.replace(
        "formerIds: [first-priority]\n",
        "",
      ),
    });
    expect(resolvePath(forgotten, "/plans/test-plan/first-priority").type).toBe("notFound");
  });

  it("keeps a renamed plan's old addresses as redirects", async () => {
    const graph = await graphOf({
      "plans/test-plan/plan.mdx": `---
id: test-plan
formerIds: [old-plan]
title: Test Plan 2020-23
referencePrefix: TP20
period:
  start: 2020
  end: 2023
vision: A test vision.
status: draft
order: 1
---
`,
    });
    expect(resolvePath(graph, "/plans/old-plan/first-priority/actions/2")).toEqual({
      type: "redirect",
      location: "/plans/test-plan/first-priority/actions/2",
    });
  });

  it("keeps a renamed theme's and a renamed site page's old addresses as redirects", async () => {
    const renamedTheme = {
      "themes/health.mdx": null,
      "themes/wellbeing.mdx":
        "---\nid: wellbeing\nformerIds: [health]\ntitle: Health and wellbeing\ndescription: Physical and mental health.\n---\n",
    };
    // Entries that still name the theme by its old id are told its new one.
    const stale = await issuesOf(loadWith(renamedTheme));
    expect(stale[0]).toMatchObject({
      message: "There is no cross-plan theme 'health'.",
      hint: "The theme 'health' was renamed: use its new id, wellbeing.",
    });

    const priorities = "plans/test-plan/priorities";
    const retagged: Record<string, string> = {};
    for (const name of ["01-first-priority.mdx", "02-second-priority.mdx"]) {
      const text = await readFile(`tests/fixtures/minimal/content/${priorities}/${name}`, "utf8");
      retagged[`${priorities}/${name}`] = text.replaceAll(/\bhealth\b/g, "wellbeing");
    }
    const graph = await graphOf({
      ...renamedTheme,
      ...retagged,
      "pages/accessibility-statement.mdx":
        "---\nid: accessibility-statement\nformerIds: [accessibility]\ntitle: Accessibility statement\norder: 1\n---\n",
    });
    expect(resolvePath(graph, "/themes/health")).toEqual({
      type: "redirect",
      location: "/themes/wellbeing",
    });
    expect(resolvePath(graph, "/accessibility")).toEqual({
      type: "redirect",
      location: "/accessibility-statement",
    });
    expect(resolvePath(graph, "/themes/wellbeing").type).toBe("page");
  });

  it("rejects 'print' as an id, and a former id another entry still uses", async () => {
    const issues = await issuesOf(
      loadWith({
        "plans/test-plan/pages/print.mdx": "---\nid: print\ntitle: Print\norder: 2\n---\n",
        "plans/test-plan/pages/other.mdx":
          "---\nid: other\ntitle: Other\norder: 3\nformerIds: [how-we-work]\n---\n",
      }),
    );
    expect(issues.map((issue) => `${issue.file}:${issue.line} ${issue.found}`)).toEqual([
      "content/plans/test-plan/pages/other.mdx:5 how-we-work",
      "content/plans/test-plan/pages/print.mdx:2 print",
    ]);
  });
});

describe("citations", () => {
  it("name the council, the plan, the reference, the first words and the permanent link", async () => {
    const graph = await graphOf();
    const action = graph.plans[0]!.priorities[0]!.actions[0]!;
    expect(citationFor(graph.site, { kind: "action", action })).toEqual({
      reference: "TP20-1.1",
      permalink: "https://strategy.example.org/ref/TP20-1.1",
      permalinkPath: "/ref/TP20-1.1",
      text: "Test County Council, Test Plan 2020-23, TP20-1.1: The first action, https://strategy.example.org/ref/TP20-1.1",
    });
  });
});
