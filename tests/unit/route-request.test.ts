import { describe, expect, it } from "vitest";
import { ASSET_CACHE_CONTROL, REDIRECT_CACHE_CONTROL } from "@/lib/server/cache-control";
import { routeRequest, type Route } from "@/lib/server/route-request";

/** What a build answers itself (servedAddresses reads it from the build; see its own tests). */
const SERVED = new Set([
  "/",
  "/plans",
  "/plans/test-plan/first-priority",
  "/ref/TP20-1.1",
  "/sitemap.xml",
  "/robots.txt",
  "/data/actions.json",
  "/search",
  "/actions",
  "/favicon.svg",
  "/assets/site.css",
  "/_next/static/chunks/a.js",
]);

function routeIn(served: ReadonlySet<string> | undefined, url: string, method = "GET") {
  const [pathname = "/", query] = url.split("?", 2);
  return routeRequest(method, pathname, query === undefined ? "" : `?${query}`, served);
}
const route = (url: string, method = "GET") => routeIn(SERVED, url, method);
const redirect = (location: string): Route => ({
  type: "redirect",
  location,
  cacheControl: REDIRECT_CACHE_CONTROL,
});
const unknown = (url: string): Route => ({ type: "unknown", rewrite: `/unknown-address${url}` });

describe("where a request goes", () => {
  it.each([
    ["/", { type: "served" }],
    ["/plans", { type: "served" }],
    ["/plans/test-plan/first-priority?utm_source=x", { type: "served" }],
    ["/ref/TP20-1.1", { type: "served" }],
    ["/search?q=fire", { type: "served" }],
    ["/actions?service=policy", { type: "served" }],
    ["/favicon.svg", { type: "served" }],
    ["/_next/static/chunks/a.js", { type: "served" }],
    ["/assets/site.css?v=abc", { type: "served", cacheControl: ASSET_CACHE_CONTROL }],
  ] satisfies [string, Route][])("%s is the build's own", (url, expected) => {
    expect(route(url)).toEqual(expected);
  });

  it.each([
    // Decoded-only spellings of what the build has: one address, so one cache entry.
    ["/sitemap%2exml", "/sitemap.xml"],
    ["/robots%2etxt", "/robots.txt"],
    ["/%73earch?q=fire", "/search?q=fire"],
    ["/data/actions%2ejson", "/data/actions.json"],
    ["/plans/test-plan/first%2Dpriority", "/plans/test-plan/first-priority"],
    // A trailing slash, as the framework would redirect it, for any address.
    ["/plans/", "/plans"],
    ["/plans/?x=1", "/plans?x=1"],
    ["/assets/", "/assets"],
    ["/no-such-page/", "/no-such-page"],
    ["/sitemap%2exml/", "/sitemap.xml"],
  ])("%s redirects to %s", (url, location) => {
    expect(route(url)).toEqual(redirect(location));
  });

  it.each([
    "/no-such-page",
    "/_next/probe-1",
    "/_next/static/chunks/x.js.map",
    "/_next/image",
    "/assets/nope.css",
    "/assets",
    "/unknown-address",
    "/unknown%2daddress",
    "/unknown-address/plans",
    "/ref/tp20-1.1",
    "/ref/TP20-9.9",
    "/plans/x%2Fy",
    "/plans/test-plan",
    "/%2573earch",
  ])("%s is unknown: answered per request, stored nowhere", (url) => {
    expect(route(url)).toEqual(unknown(url.split("?")[0] ?? url));
  });

  it("rewrites with the address as the client spelt it, query left behind", () => {
    expect(route("/ref/tp20-1.1?x=1")).toEqual(unknown("/ref/tp20-1.1"));
  });

  it.each([
    ["POST", "/plans", 405],
    ["OPTIONS", "/no-such-page", 405],
    ["GET", "/plans/x/%ff%fe", 400],
    ["GET", "/a/%2e%2e/etc/passwd", 400],
    ["GET", "/search?q=%ff", 400],
    ["GET", `/${"a".repeat(5000)}`, 414],
  ])("%s %s is refused with %i", (method, url, status) => {
    const answer = route(url, method);
    expect(answer.type).toBe("refuse");
    expect(answer.type === "refuse" && answer.refusal.status).toBe(status);
  });

  it("never redirects off the site", () => {
    for (const url of ["//evil.example/", "///evil.example//", "/\\evil.example/"]) {
      const answer = route(url);
      if (answer.type === "redirect") expect(answer.location, url).toMatch(/^\/(?![/\\])/);
    }
  });

  it("in the local preview, where nothing is stored, lets every address through", () => {
    expect(routeIn(undefined, "/no-such-page")).toEqual({ type: "served" });
    expect(routeIn(undefined, "/sitemap%2exml")).toEqual({ type: "served" });
    expect(routeIn(undefined, "/plans/")).toEqual(redirect("/plans"));
    expect(routeIn(undefined, "/plans", "POST").type).toBe("refuse");
  });
});
