/**
 * `npm start`: serves the production build on PORT (default 3000) and HOST (default 0.0.0.0).
 * Next's own request handler does the work; this thin server refuses hostile requests first, and
 * answers addresses the site does not have itself.
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { getContent } from "../site/content";
import { SECURITY_HEADERS } from "../security-headers";
import { urls } from "../urls";
import {
  ownRoutePaths,
  publicFilePaths,
  UNKNOWN_ADDRESS_HEADER,
  unknownAddress,
} from "./known-addresses";
import { refuse } from "./request-guard";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const graph = await getContent();
const served = new Set([
  ...ownRoutePaths(path.join(process.cwd(), "app")),
  ...publicFilePaths(path.join(process.cwd(), "public")),
]);

createServer((request, response) => {
  const refusal = refuse(request.method, request.url);
  if (!refusal) {
    // An address the site does not have goes to a route that renders our 404 page per request:
    // the catch-all route would store it on disk (bench/README.md, section 3).
    const unknown = unknownAddress(graph, served, request.url ?? "/");
    if (unknown !== undefined) {
      request.headers[UNKNOWN_ADDRESS_HEADER] = unknown;
      request.url = urls.unknownAddress();
    }
    void handle(request, response);
    return;
  }
  response.writeHead(refusal.status, {
    ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    ...refusal.headers,
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end(request.method === "HEAD" ? undefined : `${refusal.message}\n`);
}).listen(port, hostname, () => {
  console.log(
    `Serving the site on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`,
  );
});
