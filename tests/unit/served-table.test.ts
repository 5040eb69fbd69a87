import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  readServedTable,
  SERVED_TABLE_FILE,
  tableFromOutputs,
  writeServedTable,
} from "@/lib/server/served-table";

type Outputs = Parameters<typeof tableFromOutputs>[0];
type Prerender = Outputs["prerenders"][number];

const DIST = "/site/.next";
const CATCH_ALL = "/[...path]";

/** A prerender as Next's adapter API describes one of a route handler. */
function prerender(pathname: string, overrides: Partial<Prerender> = {}): Prerender {
  return {
    id: pathname,
    pathname,
    type: "PRERENDER",
    parentOutputId: CATCH_ALL,
    groupId: 1,
    route: CATCH_ALL,
    routeType: "route",
    response: "complete",
    compute: "static",
    fallback: {
      filePath: `${DIST}/server/route-cache/APP_ROUTE/hash/$${pathname}.body`,
      initialStatus: 200,
      initialHeaders: {
        "content-type": "text/html; charset=utf-8",
        "x-next-cache-tags": "_N_T_/layout",
        vary: "rsc, next-router-state-tree",
      },
      initialRevalidate: false,
      postponedState: undefined,
    },
    config: {},
    ...overrides,
  } as Prerender;
}

function route(pathname: string, sourcePage: string): Outputs["appRoutes"][number] {
  return { pathname, sourcePage } as Outputs["appRoutes"][number];
}

function staticFile(pathname: string): Outputs["staticFiles"][number] {
  return { pathname, filePath: `${DIST}/static${pathname}` } as Outputs["staticFiles"][number];
}

const OUTPUTS: Outputs = {
  prerenders: [
    prerender("/", { route: "/", parentOutputId: "/" }),
    prerender("/plans"),
    prerender("/ref/CP18-1", {
      fallback: {
        ...prerender("/ref/CP18-1").fallback!,
        initialStatus: 308,
        initialHeaders: { location: "/plans/x/y", "x-next-cache-tags": "t" },
      },
    }),
    // Shadowed by app/actions/route.ts, which Next's router matches first.
    prerender("/actions"),
    // Revalidated: its answer may change while the server runs.
    prerender("/changing", {
      fallback: { ...prerender("/changing").fallback!, initialRevalidate: 60 },
    }),
    prerender("/_global-error", { routeType: "page" }),
    prerender("/_global-error.rsc", { routeType: undefined }),
    prerender("/plans.segments/_tree.segment.rsc", { routeType: undefined }),
  ],
  appRoutes: [
    route("/", "/route"),
    route("/index.rsc", "/route"),
    route(CATCH_ALL, "/[...path]/route"),
    route("/actions", "/actions/route"),
    route("/search", "/search/route"),
    route("/unknown-address/[[...address]]", "/unknown-address/[[...address]]/route"),
  ],
  staticFiles: [
    staticFile("/_next/static/chunks/a.js"),
    staticFile("/robots.txt"),
    staticFile("/404"),
    staticFile("/500"),
  ],
};

describe("the table a build writes of what it answers", () => {
  const table = tableFromOutputs(OUTPUTS, DIST);

  it("has each complete, never-revalidated prerender with its status and the route's headers", () => {
    expect(table.prerendered).toEqual([
      {
        path: "/",
        status: 200,
        headers: { "content-type": "text/html; charset=utf-8" },
        body: "server/route-cache/APP_ROUTE/hash/$/.body",
      },
      {
        path: "/plans",
        status: 200,
        headers: { "content-type": "text/html; charset=utf-8" },
        body: "server/route-cache/APP_ROUTE/hash/$/plans.body",
      },
      {
        path: "/ref/CP18-1",
        status: 308,
        headers: { location: "/plans/x/y" },
        body: "server/route-cache/APP_ROUTE/hash/$/ref/CP18-1.body",
      },
    ]);
  });

  it("leaves a catch-all's prerender to the route of its own that answers that address", () => {
    expect(table.prerendered.map((answer) => answer.path)).not.toContain("/actions");
    expect(table.routes).toContain("/actions");
  });

  it("knows a revalidated prerender's address but leaves its answer to the framework", () => {
    expect(table.prerendered.map((answer) => answer.path)).not.toContain("/changing");
    expect(table.routes).toContain("/changing");
  });

  it("lists routes and files residents can ask for, not the framework's pages or patterns", () => {
    expect(table.routes).toEqual(["/", "/actions", "/changing", "/robots.txt", "/search"]);
    expect(table.framework).toEqual(["/_next/static/chunks/a.js"]);
  });
});

describe("reading the table", () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const folder = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "served-table-"));
    made.push(dir);
    return dir;
  };

  it("gives back what was written", () => {
    const dir = folder();
    const table = tableFromOutputs(OUTPUTS, DIST);
    writeServedTable(dir, table);
    expect(readServedTable(dir)).toEqual(table);
  });

  it("says to build when there is no table", () => {
    expect(() => readServedTable(folder())).toThrow(
      /served-table\.json is missing: run `npm run build` before serving the site/,
    );
  });

  it.each([JSON.stringify({ version: 2 }), '{"version": 1, "prerendered": ['])(
    "says to build again when the table is not one this code reads: %s",
    (text) => {
      const dir = folder();
      writeFileSync(path.join(dir, SERVED_TABLE_FILE), text);
      expect(() => readServedTable(dir)).toThrow(/run `npm run build` again/);
    },
  );
});
