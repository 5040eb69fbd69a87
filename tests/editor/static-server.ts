/**
 * The hosted editor as a static host serves it, for its end-to-end test: the files of a folder on
 * 127.0.0.1, files named by a hash of their content (`name-HASH.ext`) as immutable, index.html as
 * always checked. Usage: tsx tests/editor/static-server.ts <folder> <port>
 */
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";

const [folder, port] = process.argv.slice(2);
if (!folder || !port) throw new Error("Usage: static-server.ts <folder> <port>");
const root = path.resolve(folder);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};
const HASHED = /-[A-Za-z0-9]{8,}\.(js|css|json)$/;

createServer(async (request, response) => {
  const name = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname).slice(1);
  const file = path.join(root, name === "" ? "index.html" : name);
  if (request.method !== "GET" || !file.startsWith(`${root}${path.sep}`)) {
    response.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(Number(port), "127.0.0.1");
