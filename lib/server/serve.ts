/**
 * `npm start`: serves the production build on PORT (default 3000) and HOST (default 0.0.0.0).
 * A prerendered answer (a page, a redirect, the open data) is answered from memory, compressed
 * once (lib/server/prerendered-answers.ts): the same bytes and headers the framework would send,
 * without its work per request. Everything else goes to Next's own request handler, with proxy.ts
 * deciding what the build answers (as on any host). This thin server also answers what reaches
 * Node but not proxy.ts, with the security headers and a Cache-Control: requests Node cannot parse,
 * absolute-form request targets and repeated slashes (the framework redirects both before proxy.ts
 * runs, the first to the host the request names), and it drops the client router's headers, which
 * no page of this site reads.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import { SECURITY_HEADERS } from "./security-headers";
import { REDIRECT_CACHE_CONTROL, REFUSAL_CACHE_CONTROL } from "./cache-control";
import { distDir } from "./known-addresses";
import { acceptsGzip, PrerenderedAnswers, type ReadyAnswer } from "./prerendered-answers";
import { METHOD_NOT_ALLOWED, refuse, refuseUnparsed, type Refusal } from "./request-guard";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
/** Node's default, said here because the 431 below depends on it. */
const MAX_HEADER_BYTES = 16 * 1024;
/** Headers of the framework's client router: with them it answers a redirect, not the page. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
];

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const securityHeaders = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
const prerendered = new PrerenderedAnswers(distDir(), securityHeaders);

function answer(request: IncomingMessage, response: ServerResponse) {
  const refusal = refuse(request.method, request.url);
  if (refusal) return writeRefusal(response, refusal, request.method);
  const [path = "/", query] = (request.url ?? "/").split("?", 2);
  if (path.includes("//")) {
    const location = path.replace(/\/{2,}/g, "/") + (query === undefined ? "" : `?${query}`);
    response.writeHead(308, {
      ...securityHeaders,
      location,
      "cache-control": REDIRECT_CACHE_CONTROL,
    });
    return response.end();
  }
  if (prerendered.has(path)) return answerPrerendered(request, response, path);
  for (const header of ROUTER_HEADERS) delete request.headers[header];
  void handle(request, response);
}

/**
 * From memory; on its first request an answer is read and compressed first. Should that fail (the
 * build folder changed under the server), the framework answers instead.
 */
function answerPrerendered(request: IncomingMessage, response: ServerResponse, path: string) {
  const ready = prerendered.loaded(path);
  if (ready) return writePrerendered(request, response, ready);
  prerendered.load(path).then(
    (loaded) => writePrerendered(request, response, loaded),
    (error: unknown) => {
      console.error(`${path}: answered by the framework, since ${String(error)}`);
      void handle(request, response);
    },
  );
}

function writePrerendered(request: IncomingMessage, response: ServerResponse, ready: ReadyAnswer) {
  const variant =
    ready.gzip && acceptsGzip(request.headers["accept-encoding"]) ? ready.gzip : ready.identity;
  response.writeHead(ready.status, variant.headers);
  response.end(request.method === "HEAD" ? undefined : variant.body);
}

function writeRefusal(response: ServerResponse, refusal: Refusal, method?: string) {
  response.writeHead(refusal.status, {
    ...securityHeaders,
    ...refusal.headers,
    "content-type": "text/plain; charset=utf-8",
    "cache-control": REFUSAL_CACHE_CONTROL,
  });
  response.end(method === "HEAD" ? undefined : `${refusal.message}\n`);
}

/**
 * Node's own answer to a request it cannot parse has no headers at all, and a CONNECT it answers
 * not at all: write ours instead, on the bare socket.
 */
function writeOnSocket(socket: Duplex, { status, message, headers }: Refusal) {
  if (!socket.writable) return socket.destroy();
  const lines = [
    `HTTP/1.1 ${status} ${message}`,
    ...Object.entries({
      ...securityHeaders,
      ...headers,
      "content-type": "text/plain; charset=utf-8",
      "cache-control": REFUSAL_CACHE_CONTROL,
      "content-length": String(Buffer.byteLength(`${message}\n`)),
      connection: "close",
    }).map(([key, value]) => `${key}: ${value}`),
  ];
  socket.end(`${lines.join("\r\n")}\r\n\r\n${message}\n`);
}

createServer({ maxHeaderSize: MAX_HEADER_BYTES }, answer)
  .on("clientError", (error: Error & { code?: string }, socket: Duplex) =>
    writeOnSocket(socket, refuseUnparsed(error.code)),
  )
  .on("connect", (_request: IncomingMessage, socket: Duplex) =>
    writeOnSocket(socket, METHOD_NOT_ALLOWED),
  )
  .listen(port, hostname, () => {
    console.log(
      `Serving the site on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`,
    );
  });
