/**
 * The hostile-input table, run against `npm start`, `next start` and the nginx cache (one
 * Playwright project each). Every row: never a 5xx, each security header exactly once and one
 * deliberate Cache-Control, nothing leaked. Where `next start` answers otherwise it is because the
 * framework or Node answers before any of the site's code runs: those rows say so (`framework`),
 * pin what it does, and README.md ("Serving the site") tells hosts to put npm start or the nginx
 * config in front.
 */
import { expect, test } from "@playwright/test";
import {
  expectDeliberateCacheControl,
  expectSecurityHeaders,
  send,
  sendRaw,
  target,
  type Answer,
  type Sent,
  type Target,
} from "./http";

interface Expected {
  status: number | number[];
  location?: string;
  cacheControl?: string;
  /** The body must match (our 404 page, the page asked for). */
  body?: RegExp;
}

interface Row {
  send: Sent | { raw: string };
  expect: Expected;
  /** What a host answers instead, before the site's code runs, and why. */
  framework?: Partial<Record<Target, Expected & { because: string }>>;
}

const NOT_FOUND = { status: 404, cacheControl: "public, max-age=60", body: /Page not found/ };
const redirectTo = (location: string): Expected => ({
  status: 308,
  location,
  cacheControl: "public, max-age=3600",
});
const NODE_PARSER = "Node's HTTP parser answers before any handler, with no headers";

const get = (path: string, headers?: Record<string, string>): Sent => ({ target: path, headers });

/** Addresses that are not the site's, as an attacker or a crawler sends them. */
const HOSTILE_PATHS = [
  "/../../etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/plans/%2e%2e%2f%2e%2e%2fpackage.json",
  "/assets/..%2f..%2fpackage.json",
  "/assets/%2e%2e/%2e%2e/package.json",
  "/plans/x%2fy",
  "/plans/x/%ff%fe",
  "/%00",
  "/plans/%00/x",
  "/ref/%E0%A4%A",
  "/ref/CP18-2.16%00",
  "/plans/..%5c..%5cpackage.json",
  `/${"a".repeat(5000)}`,
  `/plans/${"b/".repeat(500)}`,
  "/.env",
  "/.git/config",
  "/next.config.ts",
  "/package.json",
  "/content/site.mdx",
  "/_next/../package.json",
  "/search?q=%ff%fe",
  "/search?q=<script>alert(1)</script>",
  "/actions?plan[]=x&service=%00",
  "/plans/corporate-plan-2018-21?utm_source=x&debug=1",
];

const ROWS: Row[] = [
  // Every kind of response.
  { send: get("/"), expect: { status: 200, cacheControl: "s-maxage=31536000" } },
  { send: get("/plans/corporate-plan-2018-21"), expect: { status: 200 } },
  { send: get("/plans/corporate-plan-2018-21/safe-healthy-lives"), expect: { status: 200 } },
  {
    send: get("/plans/corporate-plan-2018-21/safe-healthy-lives/actions/16"),
    expect: { status: 200 },
  },
  { send: get("/ref/CP18-2.16"), expect: { status: 308, cacheControl: "s-maxage=31536000" } },
  { send: get("/themes/transport-and-travel"), expect: { status: 200 } },
  { send: get("/services/policy"), expect: { status: 200 } },
  {
    send: get("/search?q=broadband"),
    expect: { status: 200, cacheControl: "public, max-age=300" },
  },
  {
    send: get("/actions?service=policy"),
    expect: { status: 200, cacheControl: "public, max-age=300" },
  },
  { send: get("/data/actions.csv"), expect: { status: 200 } },
  { send: get("/sitemap.xml"), expect: { status: 200 } },
  { send: get("/robots.txt"), expect: { status: 200 } },
  {
    send: get("/assets/copy-citation.js?v=1"),
    expect: { status: 200, cacheControl: "public, max-age=31536000, immutable" },
  },
  { send: get("/favicon.svg"), expect: { status: 200 } },
  { send: get("/no-such-page"), expect: NOT_FOUND },
  { send: { method: "HEAD", target: "/plans" }, expect: { status: 200, body: /^$/ } },

  // Unknown /_next/ addresses and decoded-only spellings: never stored, never kept a year.
  ...["/_next/probe-1", "/_next/probe-2", "/_next/static/chunks/x.js.map", "/_next/image"].map(
    (path): Row => ({ send: get(path), expect: NOT_FOUND }),
  ),
  { send: get("/sitemap%2exml"), expect: redirectTo("/sitemap.xml") },
  { send: get("/robots%2etxt"), expect: redirectTo("/robots.txt") },
  { send: get("/%73earch?q=fire"), expect: redirectTo("/search?q=fire") },
  { send: get("/data/actions%2ejson"), expect: redirectTo("/data/actions.json") },
  { send: get("/unknown%2daddress"), expect: NOT_FOUND },
  { send: get("/unknown-address"), expect: NOT_FOUND },
  { send: get("/unknown-address/plans"), expect: NOT_FOUND },
  { send: get("/assets"), expect: NOT_FOUND },
  { send: get("/assets/nope.css?v=1"), expect: NOT_FOUND },
  {
    send: get(`/ref/${"abc-".repeat(1020)}`),
    expect: { ...NOT_FOUND, body: /Page not found[^]*\/ref\/CP18-/ },
  },

  // The framework's own redirects, with the site's headers.
  { send: get("/plans/"), expect: redirectTo("/plans") },
  { send: get("/assets/"), expect: redirectTo("/assets") },
  {
    send: get("//plans"),
    expect: redirectTo("/plans"),
    framework: {
      "next start": {
        status: 308,
        location: "/plans",
        because: "Next.js redirects repeated slashes before proxy.ts runs, without headers",
      },
    },
  },

  // A Range the framework cannot satisfy is ignored.
  ...["bytes=999999-", "bytes=abc", "bytes=5-2"].flatMap((range) =>
    ["/assets/site.css", "/favicon.svg"].map((path): Row => ({
      send: get(path, { range }),
      expect: { status: 200 },
    })),
  ),

  // Request targets that are not a path, methods the site does not serve, oversized requests.
  {
    send: { raw: "GET http://evil.example/plans HTTP/1.1" },
    expect: { status: 400, cacheControl: "no-store" },
    framework: {
      "next start": {
        status: 308,
        location: "http://evil.example/plans",
        because: "Next.js takes the absolute form for repeated slashes and redirects to its host",
      },
    },
  },
  {
    send: { raw: "OPTIONS * HTTP/1.1" },
    expect: { status: [400, 405], cacheControl: "no-store" },
    framework: { "next start": { status: 500, because: "Next.js cannot build a URL from `*`" } },
  },
  {
    send: { raw: "CONNECT 127.0.0.1:1 HTTP/1.1" },
    expect: { status: [400, 405], cacheControl: "no-store" },
    framework: { "next start": { status: 0, because: "Node closes a CONNECT nobody handles" } },
  },
  {
    send: { method: "FOO", target: "/plans" },
    expect: { status: 405, cacheControl: "no-store" },
    framework: { "next start": { status: 400, because: NODE_PARSER } },
  },
  {
    send: { method: "TRACE", target: "/plans" },
    expect: { status: 405, cacheControl: "no-store" },
    framework: {
      "next start": {
        status: 500,
        because: "the fetch API Next.js builds requests with forbids TRACE",
      },
    },
  },
  {
    send: get(`/${"a".repeat(20_000)}`),
    expect: { status: [414, 431], cacheControl: "no-store" },
    framework: { "next start": { status: 431, because: NODE_PARSER } },
  },
  {
    send: get("/plans", { "x-padding": "p".repeat(20_000) }),
    expect: { status: [400, 431], cacheControl: "no-store" },
    framework: { "next start": { status: 431, because: NODE_PARSER } },
  },
  ...HOSTILE_PATHS.map((path): Row => ({
    send: get(path),
    expect: { status: [200, 308, 400, 404, 414] },
  })),
];

const LEAKS =
  /root:x:0:0|"name": "oxfordshire-strategy"|nextConfig|siteUrl:|<script>alert\(1\)<\/script>/;

function describeRow(row: Row): string {
  if ("raw" in row.send) return row.send.raw;
  const { method = "GET", target: path, headers = {} } = row.send;
  const shown = path.length > 60 ? `${path.slice(0, 40)}… (${path.length} characters)` : path;
  const extra = Object.entries(headers)
    .map(([key, value]) => ` ${key}: ${value.length > 30 ? `${value.length} characters` : value}`)
    .join("");
  return `${method} ${shown}${extra}`;
}

function check(answer: Answer, expected: Expected, label: string) {
  const statuses = [expected.status].flat();
  expect(statuses, `${label}: status ${answer.status}`).toContain(answer.status);
  if (expected.location !== undefined)
    expect(answer.headers.location, label).toBe(expected.location);
  if (expected.cacheControl !== undefined) {
    expect(answer.headers["cache-control"], label).toBe(expected.cacheControl);
  }
  if (expected.body) expect(answer.body, label).toMatch(expected.body);
}

for (const row of ROWS) {
  const label = describeRow(row);
  test(label, async () => {
    const answer = "raw" in row.send ? await sendRaw(row.send.raw) : await send(row.send);
    const framework = row.framework?.[target()];
    if (framework) {
      // The framework's answer, not the site's: README.md says which host to put in front.
      check(answer, framework, `${label} (${framework.because})`);
      return;
    }
    expect(answer.status, label).toBeLessThan(500);
    check(answer, row.expect, label);
    expectSecurityHeaders(answer, label);
    expectDeliberateCacheControl(answer, label);
    expect(answer.body, label).not.toMatch(LEAKS);
  });
}

const ROUTE_TYPES = [
  "/",
  "/plans/corporate-plan-2018-21/safe-healthy-lives",
  "/ref/CP18-2.16",
  "/search?q=broadband",
  "/actions?service=policy",
  "/data/actions.csv",
  "/sitemap.xml",
  "/assets/copy-citation.js",
  "/favicon.svg",
  "/no-such-page",
  "/_next/probe-1",
];

for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
  test(`${method} is refused on every route type`, async () => {
    for (const path of ROUTE_TYPES) {
      const answer = await send({ method, target: path });
      const label = `${method} ${path}`;
      if (method === "TRACE" && target() === "next start") {
        expect(answer.status, `${label} (the fetch API Next.js uses forbids TRACE)`).toBe(500);
        continue;
      }
      expect(answer.status, label).toBe(405);
      expect(answer.headers.allow, label).toBe("GET, HEAD");
      expectSecurityHeaders(answer, label);
      expect(answer.headers["cache-control"], label).toBe("no-store");
    }
  });
}

/** Headers a client may send to change what is answered: the framework's, proxies', ours of old. */
const CLIENT_HEADERS: Record<string, string> = {
  "x-unknown-address": "/plans",
  "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
  "x-matched-path": "/plans",
  "x-invoke-path": "/plans",
  "x-now-route-matches": "path=plans",
  "x-prerender-revalidate": "1",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  host: "evil.example",
  "next-url": "/plans",
};
/** The framework's client router: with these, `next start` answers a redirect to the same page. */
const ROUTER_HEADERS: Record<string, string> = {
  rsc: "1",
  "next-router-prefetch": "1",
  "next-router-state-tree": "%5B%22%22%5D",
};

for (const path of ["/no-such-page", "/unknown-address", "/plans", "/ref/cp18-2"]) {
  test(`no client header changes what ${path} answers`, async () => {
    const plain = await send(get(path));
    const headers = { ...CLIENT_HEADERS, ...ROUTER_HEADERS };
    for (const [name, value] of Object.entries(headers)) {
      const label = `${path} with ${name}: ${value}`;
      let answer = await send(get(path, { [name]: value }));
      if (target() === "next start" && name in ROUTER_HEADERS && answer.status === 307) {
        // Next.js's own guard against CDN poisoning: a redirect to the same page with ?_rsc=.
        expect(new URL(String(answer.headers.location), "http://site").pathname, label).toBe(path);
        answer = await send(get(String(answer.headers.location), { [name]: value }));
      }
      expect(answer.status, label).toBe(plain.status);
      expect(answer.headers.location, label).toBe(plain.headers.location);
      expect(answer.headers["cache-control"], label).toBe(plain.headers["cache-control"]);
      expect(answer.body, label).toBe(plain.body);
    }
  });
}
