import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_KINDS } from "@/lib/site/page-kinds";
import { allPages, PAGE_KIND_NAMES } from "@/lib/site/pages";
import { matchesPattern, prerenderedPaths } from "@/lib/site/resolve";
import { loadWith } from "./fixture-tree";

/**
 * How a page is served is decided by its kind's `rendering` and nothing else: the catch-all route
 * prerenders exactly the static kinds' addresses, and a route of its own serves a per-request
 * page. These fail when a kind's declaration and what the framework would do disagree.
 */
const APP = path.resolve(import.meta.dirname, "../../app");

/** Each route file of app/ with a fixed address, and what its `dynamic` export says. */
function ownRoutes(): { address: string; dynamic: string | undefined }[] {
  const files = readdirSync(APP, { recursive: true }) as string[];
  return files
    .filter((file) => /(^|\/)route\.tsx?$/.test(file))
    .map((file) => path.dirname(file))
    .filter((folder) => !folder.split("/").some((part) => part.startsWith("[")))
    .map((folder) => ({
      address: folder === "." ? "/" : `/${folder}`,
      dynamic: /export const dynamic = "([^"]+)"/.exec(
        readFileSync(path.join(APP, folder, "route.ts"), "utf8"),
      )?.[1],
    }));
}

function kindAt(address: string) {
  // A fixed address wins over a pattern with a :name, as the framework's router matches.
  const name =
    PAGE_KIND_NAMES.find((candidate) => PAGE_KINDS[candidate].pattern === address) ??
    PAGE_KIND_NAMES.find((candidate) => matchesPattern(PAGE_KINDS[candidate].pattern, address));
  if (!name) throw new Error(`no kind of page at ${address}`);
  return PAGE_KINDS[name];
}

describe("how a page is served is decided by its kind's declaration", () => {
  it("prerenders every page of a static kind and no page of a per-request kind", async () => {
    const result = await loadWith({});
    if (!result.ok) throw new Error("the fixture does not load");
    const prerendered = new Set(prerenderedPaths(result.graph));
    const pages = allPages(result.graph);
    expect(pages.some((page) => PAGE_KINDS[page.kind].rendering === "per-request")).toBe(true);
    for (const page of pages) {
      expect(prerendered.has(page.path), page.path).toBe(
        PAGE_KINDS[page.kind].rendering === "static",
      );
    }
  });

  it("gives every per-request page a route of its own that renders per request", async () => {
    const result = await loadWith({});
    if (!result.ok) throw new Error("the fixture does not load");
    const routes = new Map(ownRoutes().map((route) => [route.address, route.dynamic]));
    for (const page of allPages(result.graph)) {
      if (PAGE_KINDS[page.kind].rendering !== "per-request") continue;
      expect(routes.get(page.path), page.path).toBe("force-dynamic");
    }
  });

  it("renders a route of its own per request only where its kind says so", () => {
    const routes = ownRoutes().filter((route) => route.address !== "/admin");
    expect(routes.length).toBeGreaterThan(1);
    for (const { address, dynamic } of routes) {
      const kind = kindAt(address);
      expect(dynamic, address).toBe(
        kind.rendering === "per-request" ? "force-dynamic" : "force-static",
      );
    }
  });
});
