import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { SECURITY_HEADERS } from "../../lib/server/security-headers";

export type Target = "npm start" | "next start" | "nginx cache";

/** The server this test runs against: the Playwright project's name. */
export function target(): Target {
  return test.info().project.name as Target;
}

export function port(): number {
  return Number(new URL(String(test.info().project.use.baseURL)).port);
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** Every header line as sent, lower-cased names: a header sent twice appears twice. */
  lines: [string, string][];
  body: string;
  bytes: Buffer;
}

export interface Sent {
  method?: string;
  /** The request target exactly as sent: no client normalises it (`/../x`, `//x`, `http://…`). */
  target: string;
  headers?: Record<string, string>;
}

/** One request with Node's HTTP client, which sends the target verbatim. */
export function send({ method = "GET", target, headers = {} }: Sent, to = port()): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: "127.0.0.1", port: to, method, path: target, headers, timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            lines: pairs(response.rawHeaders),
            body: Buffer.concat(chunks).toString("utf8"),
            bytes: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on("timeout", () =>
      request.destroy(new Error(`${method} ${target}: no answer in 10 s`)),
    );
    request.on("error", reject);
    request.end();
  });
}

/**
 * A request written on a bare socket (node:net), for what no HTTP client sends: an absolute-form
 * target, `OPTIONS *`, CONNECT. Only the status line and the headers are read; status 0 when the
 * server closes the connection without a word.
 */
export function sendRaw(requestLine: string, to = port()): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = connect(to, "127.0.0.1", () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1:${to}\r\nConnection: close\r\n\r\n`);
    });
    let text = "";
    socket.setTimeout(10_000, () => socket.destroy(new Error(`${requestLine}: no answer in 10 s`)));
    socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = text.split("\r\n\r\n", 2);
      const [statusLine = "", ...headerLines] = head.split("\r\n");
      const lines = headerLines.map((line): [string, string] => {
        const colon = line.indexOf(":");
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      });
      const headers: IncomingHttpHeaders = {};
      for (const [key, value] of lines) headers[key] = value;
      const status = Number(statusLine.split(" ")[1] ?? 0);
      resolve({ status, headers, lines, body, bytes: Buffer.from(body, "latin1") });
    });
  });
}

function pairs(raw: string[]): [string, string][] {
  const result: [string, string][] = [];
  for (let index = 0; index < raw.length; index += 2) {
    result.push([String(raw[index]).toLowerCase(), String(raw[index + 1])]);
  }
  return result;
}

/**
 * Every Cache-Control the site means to send, each for a reason (README, "How pages are
 * rendered"; bench/README.md, "Cache-Control"). Anything else is an accident.
 */
export const DELIBERATE_CACHE_CONTROL = [
  "s-maxage=31536000", // prerendered: pages, redirects, sitemap, open data
  "public, max-age=60", // a 404
  "public, max-age=300", // /search and /actions, rendered from the query
  "public, max-age=3600", // a redirect answered per request
  "public, max-age=31536000, immutable", // versioned files in /assets
  "public, max-age=0", // other files in public/: revalidated every time
  "no-store", // refusals
];

/** Each security header exactly once, with the value of lib/server/security-headers.ts. */
export function expectSecurityHeaders(answer: Answer, label: string): void {
  for (const { key, value } of SECURITY_HEADERS) {
    const sent = answer.lines.filter(([name]) => name === key.toLowerCase()).map(([, v]) => v);
    expect(sent, `${label}: ${key}`).toEqual([value]);
  }
  expect(answer.headers["x-powered-by"], label).toBeUndefined();
}

/** Exactly one Cache-Control, and one the site means. */
export function expectDeliberateCacheControl(answer: Answer, label: string): void {
  const sent = answer.lines.filter(([name]) => name === "cache-control").map(([, v]) => v);
  expect(sent, `${label}: Cache-Control`).toHaveLength(1);
  expect(DELIBERATE_CACHE_CONTROL, `${label}: Cache-Control`).toContain(sent[0]);
}
