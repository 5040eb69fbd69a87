import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { PRERENDERED_CACHE_CONTROL } from "@/lib/server/cache-control";
import { acceptsGzip, PrerenderedAnswers } from "@/lib/server/prerendered-answers";
import { writeServedTable, type Prerendered } from "@/lib/server/served-table";

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PAGE = `<!DOCTYPE html><h1>A page</h1>${"<p>Words residents read.</p>".repeat(200)}`;
const SECURITY = { "x-content-type-options": "nosniff" };

/** A build folder whose table lists these answers, each body in its own file. */
function build(answers: (Prerendered & { text?: string })[]): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), "answers-"));
  made.push(dist);
  for (const answer of answers) {
    mkdirSync(path.dirname(path.join(dist, answer.body)), { recursive: true });
    writeFileSync(path.join(dist, answer.body), answer.text ?? "");
  }
  writeServedTable(dist, {
    version: 1,
    prerendered: answers.map(({ path, status, headers, body }) => ({
      path,
      status,
      headers,
      body,
    })),
    routes: [],
    framework: [],
  });
  return dist;
}

const page = (address: string, text = PAGE): Prerendered & { text: string } => ({
  path: address,
  status: 200,
  headers: { "content-type": "text/html; charset=utf-8" },
  body: `server${address}.body`,
  text,
});

describe("prerendered answers served from memory", () => {
  it("are the body as built, with the route's headers, the security headers and a year for a CDN", async () => {
    const answers = new PrerenderedAnswers(build([page("/plans")]), SECURITY);
    const ready = await answers.load("/plans");
    expect(ready.status).toBe(200);
    expect(ready.identity.body.toString("utf8")).toBe(PAGE);
    expect(ready.identity.headers).toEqual({
      ...SECURITY,
      "content-type": "text/html; charset=utf-8",
      "cache-control": PRERENDERED_CACHE_CONTROL,
      vary: "Accept-Encoding",
      "content-length": String(Buffer.byteLength(PAGE)),
    });
  });

  it("carry a gzip body, compressed once, that is the same page", async () => {
    const answers = new PrerenderedAnswers(build([page("/plans")]), SECURITY);
    const first = await answers.load("/plans");
    expect(first.gzip?.headers["content-encoding"]).toBe("gzip");
    expect(first.gzip?.headers["content-length"]).toBe(String(first.gzip?.body.length));
    expect(gunzipSync(first.gzip!.body).toString("utf8")).toBe(PAGE);
    expect(answers.loaded("/plans")).toBe(first);
    expect(await answers.load("/plans")).toBe(first);
  });

  it("keep a redirect's status and location, with no body to compress", async () => {
    const redirect = {
      ...page("/ref/CP18-1", ""),
      status: 308,
      headers: { location: "/plans/x/y", "content-type": "text/html; charset=utf-8" },
    };
    const answers = new PrerenderedAnswers(build([redirect]), SECURITY);
    const ready = await answers.load("/ref/CP18-1");
    expect(ready.status).toBe(308);
    expect(ready.identity.headers.location).toBe("/plans/x/y");
    expect(ready.identity.headers["content-type"]).toBeUndefined();
    expect(ready.identity.headers.vary).toBeUndefined();
    expect(ready.gzip).toBeUndefined();
  });

  it("are found by the canonical spelling of their address only", () => {
    const answers = new PrerenderedAnswers(build([page("/plans/a b")]), SECURITY);
    expect(answers.has("/plans/a%20b")).toBe(true);
    expect(answers.has("/plans/a b")).toBe(false);
    expect(answers.has("/plans/")).toBe(false);
  });

  it("are loaded again after a failed read, not remembered as failed", async () => {
    const dist = build([page("/plans")]);
    rmSync(path.join(dist, "server/plans.body"));
    const answers = new PrerenderedAnswers(dist, SECURITY);
    await expect(answers.load("/plans")).rejects.toThrow(/ENOENT/);
    writeFileSync(path.join(dist, "server/plans.body"), PAGE);
    expect((await answers.load("/plans")).identity.body.toString("utf8")).toBe(PAGE);
  });

  it("never read a file outside the build folder", async () => {
    const answers = new PrerenderedAnswers(
      build([{ ...page("/x"), body: "../outside.body", text: undefined }]),
      SECURITY,
    );
    await expect(answers.load("/x")).rejects.toThrow(/outside the build folder/);
  });
});

describe("whether a request takes gzip", () => {
  it.each([
    ["gzip", true],
    ["gzip, deflate, br", true],
    ["GZIP", true],
    ["br;q=1.0, gzip;q=0.8", true],
    ["x-gzip", true],
    ["*", true],
    ["deflate, *;q=0.1", true],
    [undefined, false],
    ["", false],
    ["identity", false],
    ["br", false],
    ["gzip;q=0", false],
    ["gzip; q=0.000", false],
    ["*;q=0", false],
    ["gzip;q=0, *", false],
    ["*, gzip;q=0", false],
    ["gzipped", false],
  ])("Accept-Encoding: %s → %s", (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
