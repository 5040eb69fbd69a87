import { describe, expect, it } from "vitest";
import { resolvePath } from "@/lib/site/resolve";
import { issuesOf, loadWith } from "./fixture-tree";

const page = (id: string, formerIds: string[] = []) =>
  `---\nid: ${id}\ntitle: A page\norder: 1\n${formerIds.length > 0 ? `formerIds: [${formerIds.join(", ")}]\n` : ""}---\n\nText.\n`;

describe("ids the site's own pages own", () => {
  it.each(["search", "unknown-address", "actions", "ref", "assets", "changes"])(
    "refuses '%s' as a site page's former id, at the line it is written",
    async (reserved) => {
      const issues = await issuesOf(
        loadWith({ "pages/about.mdx": page("about", ["old-about", reserved]) }),
      );
      expect(issues).toMatchObject([
        {
          file: "content/pages/about.mdx",
          line: 5,
          field: "formerIds → item 2",
          found: reserved,
          message: `The former id '${reserved}' is taken by the site's own pages (/${reserved}).`,
        },
      ]);
    },
  );

  it("refuses a reserved id as a site page's id", async () => {
    const issues = await issuesOf(loadWith({ "pages/search.mdx": page("search") }));
    expect(issues).toMatchObject([{ field: "id", found: "search", line: 2 }]);
  });

  it("refuses 'print' as a former id inside a plan, where it is the whole plan's page", async () => {
    const issues = await issuesOf(
      loadWith({
        "plans/test-plan/pages/how-we-work.mdx":
          "---\nid: how-we-work\ntitle: How we work\norder: 1\nformerIds: [print]\n---\n\nText.\n",
      }),
    );
    expect(issues).toMatchObject([{ field: "formerIds → item 1", found: "print" }]);
  });

  it("keeps an ordinary former id as a redirect", async () => {
    const result = await loadWith({ "pages/about.mdx": page("about", ["old-about"]) });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(resolvePath(result.graph, "/old-about")).toEqual({
      type: "redirect",
      location: "/about",
    });
  });
});
