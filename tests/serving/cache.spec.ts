/**
 * nginx's cache in front of `npm start` (deploy/nginx/), the stand-in for any CDN: what it keeps,
 * for how long, under which key, and that a deploy replaces it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
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

/** A second nginx on the same cache folder, as after a deploy: started with the given build id. */
async function startNginx(id: string): Promise<ChildProcess> {
  const child = spawn(
    "bash",
    [
      "deploy/nginx/run-local.sh",
      String(PORTS.deployNginx),
      String(PORTS.npmStart),
      "tests/.tmp-nginx-deploy",
      id,
    ],
    { cwd: ROOT, env: { ...process.env, KEEP_CACHE: "1" }, stdio: "ignore", detached: true },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await send({ target: "/robots.txt" }, PORTS.deployNginx);
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
  let nginx = await startNginx(deployed);
  try {
    await statusOn();
    expect(await statusOn()).toBe("HIT");
    await stopNginx(nginx);
    nginx = await startNginx(`${deployed}-next`);
    expect(await statusOn()).toBe("MISS");
    expect(await statusOn()).toBe("HIT");
    await stopNginx(nginx);
    // The previous deploy's entries are still on disk, unreachable but for its key.
    nginx = await startNginx(deployed);
    expect(await statusOn()).toBe("HIT");
  } finally {
    await stopNginx(nginx);
  }
});
