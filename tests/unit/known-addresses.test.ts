import path from "node:path";
import { describe, expect, it } from "vitest";
import { ownRoutePaths, publicFilePaths, unknownAddress } from "@/lib/server/known-addresses";
import { reservedIds } from "@/lib/site/pages";
import { urls } from "@/lib/urls";
import { loadWith } from "./fixture-tree";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function graphOf() {
  const result = await loadWith();
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.graph;
}

describe("addresses the server answers without the framework's catch-all", () => {
  it("are read from app/: every route of its own, and not the catch-all", () => {
    const own = ownRoutePaths(path.join(ROOT, "app"));
    for (const address of [urls.home(), urls.search(), urls.actions(), urls.unknownAddress()]) {
      expect(own).toContain(address);
    }
    expect([...own].some((address) => address.includes("["))).toBe(false);
  });

  it("are reserved, so that no content page can take the address of a route", () => {
    for (const address of ownRoutePaths(path.join(ROOT, "app"))) {
      if (address === "/") continue;
      expect(reservedIds().topLevel, address).toContain(address.split("/")[1]);
    }
  });

  it("include every file in public/", () => {
    const files = publicFilePaths(path.join(ROOT, "public"));
    expect(files).toContain("/favicon.svg");
    expect(files).toContain("/assets/copy-citation.js");
  });
});

describe("an unknown address", () => {
  const served = new Set(["/", "/search", "/favicon.svg"]);

  it("is one the build has not prerendered and no route or file answers", async () => {
    const graph = await graphOf();
    expect(unknownAddress(graph, served, "/no-such-page")).toBe("/no-such-page");
    expect(unknownAddress(graph, served, "/plans/test-plan/no-such-priority?x=1")).toBe(
      "/plans/test-plan/no-such-priority",
    );
    expect(unknownAddress(graph, served, "/ref/TP20-9.9")).toBe("/ref/TP20-9.9");
    expect(unknownAddress(graph, served, "/plans/x%2Fy")).toBe("/plans/x%2Fy");
    // Another spelling of a reference redirects, but per request, or each spelling would be stored.
    expect(unknownAddress(graph, served, "/ref/tp20-1.1")).toBe("/ref/tp20-1.1");
  });

  it("is never a page, a redirect, a route, a file or the framework's own", async () => {
    const graph = await graphOf();
    for (const url of [
      "/plans/test-plan/first-priority",
      "/plans/test-plan/first-priority/actions/2",
      "/plans/test-plan/first%2Dpriority",
      "/ref/TP20-1.1",
      "/search?q=health",
      "/favicon.svg",
      "/_next/static/anything.js",
      "/plans/test-plan/first-priority/",
    ]) {
      expect(unknownAddress(graph, served, url), url).toBeUndefined();
    }
  });
});
