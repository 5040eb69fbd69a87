/**
 * `npm start`: serves the production build on PORT (default 3000) and HOST (default 0.0.0.0).
 * Next's own request handler does the work; this thin server refuses hostile requests first.
 */
import { createServer } from "node:http";
import next from "next";
import { SECURITY_HEADERS } from "../security-headers";
import { refuse } from "./request-guard";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const refusal = refuse(request.method, request.url);
  if (!refusal) {
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
