/**
 * nginx's cache in front of `npm start` (deploy/nginx/), the stand-in for any CDN: what it keeps,
 * for how long, under which key, and that a deploy replaces it. What the real origin never says (an
 * error marked cacheable, an answer for one person) is said by a stand-in origin.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { expectSecurityHeaders, send, type Answer } from "./http";
import { PORTS } from "./ports";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PAGE = "/plans/corporate-plan-2018-21/safe-healthy-lives";

const cacheStatus = (answer: Answer) => answer.headers["x-cache-status"];
const unique = (what: string) => `${what}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Asks twice: the second answer must come from the cache, and be the first one's. */
async function cachedTwice(target: string, headers: Record<string, string> = {}) {
  const first = await send({ target, headers });
  const second = await send({ target, headers });
  expect(cacheStatus(second), target).toBe("HIT");
  expect(second.body, target).toBe(first.body);
  return { first, second };
}

test("prerendered pages are served from the cache, with the origin's headers", async () => {
  for (const address of ["/", PAGE, "/sitemap.xml", "/data/actions.json", "/ref/CP18-2.16"]) {
    const { second } = await cachedTwice(address);
    expectSecurityHeaders(second, address);
    expect(second.headers["cache-control"], address).toBe("s-maxage=31536000");
    const origin = await send({ target: address }, PORTS.npmStart);
    expect(second.status, address).toBe(origin.status);
    expect(second.body, address).toBe(origin.body);
  }
});

test("the framework's Vary does not split the cache, and gzip is kept apart", async () => {
  const plain = (await cachedTwice(PAGE)).second;
  expect(plain.headers.vary).toBe("Accept-Encoding");
  const routerHeaders: Record<string, string>[] = [
    { rsc: "1" },
    { "next-router-prefetch": "1" },
    { "next-router-state-tree": "%5B%22%22%5D" },
    { "next-router-segment-prefetch": "/_tree" },
  ];
  for (const headers of routerHeaders) {
    const answer = await send({ target: PAGE, headers });
    expect(cacheStatus(answer), JSON.stringify(headers)).toBe("HIT");
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(plain.body);
  }
  const gzip = await send({ target: PAGE, headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  const again = await send({ target: PAGE });
  expect(again.headers["content-encoding"]).toBeUndefined();
  expect(again.body).toBe(plain.body);
});

test("the gzip variant is the page, compressed", async () => {
  const zipped = await send({ target: PAGE, headers: { "accept-encoding": "gzip" } });
  const plain = await send({ target: PAGE });
  expect(gunzipSync(zipped.bytes).toString("utf8")).toBe(plain.body);
});

test("/search and /actions are kept by their whole query, for their max-age", async () => {
  for (const base of ["/search?q=", "/actions?service="]) {
    const address = base + unique("fire");
    const first = await send({ target: address });
    expect(cacheStatus(first), address).toBe("MISS");
    expect(first.headers["cache-control"], address).toBe("public, max-age=300");
    await cachedTwice(address);
    const other = await send({ target: `${address}x` });
    expect(cacheStatus(other), `${address}x`).toBe("MISS");
  }
});

test("a 404 is kept a minute at most, a refusal not at all", async () => {
  const address = `/${unique("gone")}`;
  const first = await send({ target: address });
  expect(first.status).toBe(404);
  expect(first.headers["cache-control"]).toBe("public, max-age=60");
  expect(cacheStatus((await cachedTwice(address)).second)).toBe("HIT");

  const refused = "/plans/x/%ff%fe";
  for (let n = 0; n < 2; n++) {
    const answer = await send({ target: refused });
    expect(answer.status).toBe(400);
    expect(cacheStatus(answer)).not.toBe("HIT");
  }
});

const buildId = () =>
  readFileSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", "BUILD_ID"), "utf8").trim();

/** Another nginx on its own port, as run-local.sh runs it: a deploy's, or the stand-in origin's. */
async function startNginx({
  port = PORTS.deployNginx,
  origin = PORTS.npmStart,
  folder = "tests/.tmp-nginx-deploy",
  id,
}: {
  port?: number;
  origin?: number;
  folder?: string;
  id: string;
}): Promise<ChildProcess> {
  const child = spawn(
    "bash",
    ["deploy/nginx/run-local.sh", String(port), String(origin), folder, id],
    {
      cwd: ROOT,
      env: { ...process.env, KEEP_CACHE: "1" },
      stdio: "ignore",
      detached: true,
    },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await send({ target: "/robots.txt" }, port);
      return child;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function stopNginx(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  if (child.pid) process.kill(-child.pid, "SIGTERM");
  await exited;
}

test("a deploy (a new build id in the cache key) replaces every page, and only the key", async () => {
  spawnSync("rm", ["-rf", path.join(ROOT, "tests/.tmp-nginx-deploy")]);
  const statusOn = async () => cacheStatus(await send({ target: PAGE }, PORTS.deployNginx));
  const deployed = buildId();
  let nginx = await startNginx({ id: deployed });
  try {
    await statusOn();
    expect(await statusOn()).toBe("HIT");
    await stopNginx(nginx);
    nginx = await startNginx({ id: `${deployed}-next` });
    expect(await statusOn()).toBe("MISS");
    expect(await statusOn()).toBe("HIT");
    await stopNginx(nginx);
    // The previous deploy's entries are still on disk, unreachable but for its key.
    nginx = await startNginx({ id: deployed });
    expect(await statusOn()).toBe("HIT");
  } finally {
    await stopNginx(nginx);
  }
});

/**
 * An origin that answers what a test needs it to say, marked cacheable for a year: /error and
 * /unavailable are a 500 and a 503, /search reads its query, anything else is a page. Each answer
 * says what reached it (the target and the credentials) and how many requests came before.
 */
function standInOrigin(): Promise<{ server: Server; port: number; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((request, response) => {
    const url = request.url ?? "/";
    seen.push(url);
    const status = url.startsWith("/error") ? 500 : url.startsWith("/unavailable") ? 503 : 200;
    response.writeHead(status, {
      "content-type": "application/json",
      "cache-control": url.startsWith("/search") ? "public, max-age=300" : "s-maxage=31536000",
    });
    const { authorization = "", cookie = "" } = request.headers;
    response.end(JSON.stringify({ url, authorization, cookie, count: seen.length }));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, port: (server.address() as AddressInfo).port, seen }),
    ),
  );
}

const CREDENTIALS: Record<string, string>[] = [
  { authorization: "Bearer secret" },
  { cookie: "session=secret" },
];

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve) =>
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    }),
  );
}

const STAND_IN_FOLDER = "tests/.tmp-nginx-stand-in";

test.describe("with a stand-in origin", () => {
  test.describe.configure({ mode: "serial" });
  let origin: Awaited<ReturnType<typeof standInOrigin>>;
  let nginx: ChildProcess;
  let port: number;
  const ask = (target: string, headers: Record<string, string> = {}) =>
    send({ target, headers }, port);
  const reached = (answer: Answer) => JSON.parse(answer.body) as Record<string, string | number>;

  test.beforeAll(async () => {
    origin = await standInOrigin();
    port = await freePort();
    spawnSync("rm", ["-rf", path.join(ROOT, STAND_IN_FOLDER)]);
    nginx = await startNginx({
      port,
      origin: origin.port,
      folder: STAND_IN_FOLDER,
      id: "stand-in",
    });
  });
  test.afterAll(async () => {
    await stopNginx(nginx);
    await new Promise((resolve) => origin.server.close(resolve));
    spawnSync("rm", ["-rf", path.join(ROOT, STAND_IN_FOLDER)]);
  });

  test("an error is never kept, whatever the origin's Cache-Control says", async () => {
    for (const address of ["/error", "/unavailable"]) {
      const first = await ask(address);
      const second = await ask(address);
      expect(first.status, address).toBeGreaterThanOrEqual(500);
      expect(cacheStatus(second), address).not.toBe("HIT");
      expect(reached(second).count, address).toBe(Number(reached(first).count) + 1);
    }
  });

  test("a request with Authorization or Cookie is never answered from the cache", async () => {
    const shared = await ask("/page-everyone-reads");
    expect(cacheStatus(await ask("/page-everyone-reads"))).toBe("HIT");
    for (const headers of CREDENTIALS) {
      const answer = await ask("/page-everyone-reads", headers);
      expect(cacheStatus(answer), JSON.stringify(headers)).toBe("BYPASS");
      expect(reached(answer).count).toBeGreaterThan(Number(reached(shared).count));
      expect(answer.body).toContain("secret");
    }
  });

  test("the answer to a request with Authorization or Cookie is never stored", async () => {
    for (const headers of CREDENTIALS) {
      const address = `/${unique("private")}`;
      await ask(address, headers);
      const other = await ask(address);
      expect(cacheStatus(other), JSON.stringify(headers)).toBe("MISS");
      expect(other.body).not.toContain("secret");
    }
  });

  test("a query string no page reads is not passed on, and makes no new entry", async () => {
    const before = origin.seen.length;
    const address = `/${unique("page")}`;
    const answers = [];
    for (let n = 0; n < 50; n++) answers.push(await ask(`${address}?bust=${n}`));
    expect(answers.map(cacheStatus)).toEqual(["MISS", ...Array(49).fill("HIT")]);
    expect(origin.seen.slice(before)).toEqual([address]);
    expect(cacheStatus(await ask(address))).toBe("HIT");
  });

  test("/search reads its query, however its path is spelled: each query is its own entry", async () => {
    const query = unique("q");
    expect(reached(await ask(`/search?q=${query}`)).url).toBe(`/search?q=${query}`);
    expect(cacheStatus(await ask(`/search?q=${query}`))).toBe("HIT");
    expect(cacheStatus(await ask(`/search?q=${query}x`))).toBe("MISS");
    expect(reached(await ask(`/%73earch?q=${query}`)).url).toBe(`/%73earch?q=${query}`);
  });
});
