import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { pathFromSegments } from "@/lib/render/respond";
import {
  canonicalPath,
  distDir,
  servedAddresses,
  UNKNOWN_ADDRESS_ROUTE,
} from "@/lib/server/known-addresses";
import { writeServedTable } from "@/lib/server/served-table";
import { knownPaths } from "@/lib/site/resolve";
import { urls } from "@/lib/site/urls";
import { loadWith } from "./fixture-tree";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * A site folder with a build's table as the build adapter writes it (lib/server/served-table.ts):
 * the prerendered answers (here the fixture content's pages and redirects, as the catch-all's
 * generateStaticParams lists them), the app's routes, the framework's files, and public/.
 */
async function builtSite() {
  const result = await loadWith();
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  const root = mkdtempSync(path.join(os.tmpdir(), "served-"));
  made.push(root);
  const prerendered = ["/", "/sitemap.xml", ...knownPaths(result.graph)].map((address) => ({
    path: address,
    status: 200,
    headers: {},
    body: `server${address}.body`,
  }));
  mkdirSync(path.join(root, ".next"), { recursive: true });
  writeServedTable(path.join(root, ".next"), {
    version: 1,
    prerendered,
    routes: ["/", "/search", "/unknown-address", "/unknown-address/x"],
    framework: ["/_next/static/chunks/a b.js"],
  });
  write(path.join(root, "public/favicon.svg"), "");
  write(path.join(root, "public/assets/site.css"), "");
  return { root, graph: result.graph };
}

describe("the addresses the build answers itself", () => {
  it("are what it prerendered, its own routes, public/ and the framework's files", async () => {
    const { root, graph } = await builtSite();
    const served = servedAddresses(root);
    for (const address of knownPaths(graph)) expect(served, address).toContain(address);
    for (const address of ["/", "/sitemap.xml", "/search", "/favicon.svg", "/assets/site.css"]) {
      expect(served, address).toContain(address);
    }
    expect(served).toContain("/_next/static/chunks/a%20b.js");
  });

  it("leave out the route for unknown addresses", async () => {
    const { root } = await builtSite();
    const served = [...servedAddresses(root)];
    expect(served.filter((address) => address.startsWith(UNKNOWN_ADDRESS_ROUTE))).toEqual([]);
  });

  it("are read from NEXT_DIST_DIR when it is set, as next.config.ts does", () => {
    vi.stubEnv("NEXT_DIST_DIR", ".next-elsewhere");
    try {
      expect(distDir("/site")).toBe(path.join("/site", ".next-elsewhere"));
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("cannot be read without a build, and say how to make one", () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "served-"));
    made.push(root);
    expect(() => servedAddresses(root)).toThrow(
      /served-table\.json is missing: run `npm run build`/,
    );
  });

  it("name the route for unknown addresses as lib/site/urls.ts does", () => {
    expect(UNKNOWN_ADDRESS_ROUTE).toBe(urls.unknownAddress());
  });
});

describe("the canonical spelling of an address", () => {
  it.each([
    ["/sitemap%2exml", "/sitemap.xml"],
    ["/robots%2etxt", "/robots.txt"],
    ["/%73earch", "/search"],
    ["/data/actions%2ejson", "/data/actions.json"],
    ["/unknown%2daddress", "/unknown-address"],
    ["/plans/a%2Db", "/plans/a-b"],
    ["/plans/x%2fy", "/plans/x%2Fy"],
    ["/plans/a b", "/plans/a%20b"],
    ["/", "/"],
  ])("of %s is %s", (spelling, canonical) => {
    expect(canonicalPath(spelling)).toBe(canonical);
  });

  it("is the spelling the site's own links use (pathFromSegments)", () => {
    for (const spelling of ["/plans/x%2Fy", "/ref/CP18-2.16", "/a/%C3%A9t%C3%A9", "/s%20p"]) {
      const segments = spelling.slice(1).split("/").map(decodeURIComponent);
      expect(canonicalPath(spelling), spelling).toBe(pathFromSegments(segments));
    }
  });

  it("is undefined when the percent-encoding is malformed", () => {
    expect(canonicalPath("/ref/%E0%A4%A")).toBeUndefined();
  });
});
