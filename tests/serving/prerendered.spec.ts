import path from "node:path";
import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { distDir } from "../../lib/server/known-addresses";
import { readServedTable } from "../../lib/server/served-table";
import { PORTS } from "./ports";
import { expectSecurityHeaders, send, target, type Answer } from "./http";

/**
 * `npm start` answers prerendered addresses from memory, from the table the build adapter writes
 * with Next's adapter API (lib/server/served-table.ts) and the body files that API names. Run
 * against `npm start` only, with `next start` as the reference (the nginx cache passes the
 * origin's answers on, which tests/serving/cache.spec.ts checks).
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const table = readServedTable(distDir(ROOT));

/** What a client can tell of an answer: its status, what it says of its body, and the body. */
function seen(answer: Answer) {
  const encoded = answer.headers["content-encoding"] === "gzip";
  return {
    status: answer.status,
    location: answer.headers.location,
    contentType: answer.headers["content-type"],
    contentDisposition: answer.headers["content-disposition"],
    cacheControl: answer.headers["cache-control"],
    body: encoded ? gunzipSync(answer.bytes) : answer.bytes,
  };
}

test("the build adapter's table, from Next's adapter API, holds every page of the sitemap", async () => {
  // Prerendered, or a route of its own rendered per request from the query string (/search).
  const reference = await send({ target: "/sitemap.xml" }, PORTS.nextStart);
  const sitemap = [...reference.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  expect(sitemap.length).toBeGreaterThan(0);
  const prerendered = new Set(table.prerendered.map((answer) => answer.path));
  const perRequest = sitemap.filter((address) => !prerendered.has(address));
  expect(perRequest.filter((address) => !table.routes.includes(address))).toEqual([]);
});

test("every answer in the build adapter's table is what next start answers, byte for byte", async () => {
  test.setTimeout(300_000);
  const compare = async (address: string) => {
    const label = `${target()}: ${address}`;
    const framework = seen(await send({ target: address }, PORTS.nextStart));
    const identity = await send({ target: address, headers: { "accept-encoding": "identity" } });
    expect(seen(identity), label).toEqual(framework);
    expectSecurityHeaders(identity, label);
    const gzip = await send({ target: address, headers: { "accept-encoding": "gzip" } });
    expect(seen(gzip), `${label} (gzip)`).toEqual(framework);
    const head = await send({ method: "HEAD", target: address });
    expect(head.status, `HEAD ${label}`).toBe(framework.status);
    expect(head.bytes.length, `HEAD ${label}`).toBe(0);
  };
  // A few at a time: each server answers one while the test reads another.
  const addresses = table.prerendered.map((answer) => answer.path);
  for (let start = 0; start < addresses.length; start += 4) {
    await Promise.all(addresses.slice(start, start + 4).map(compare));
  }
});
