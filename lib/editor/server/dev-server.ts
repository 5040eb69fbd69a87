import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import { FILE_PROXY_PATH } from "@/lib/site/editor-addresses";
import { answerEditor } from "./editor-answers";
import { fileProxy } from "./file-proxy";
import { isEditorPath, refuseDevRequest, type DevRefusal } from "./request-guard";

/**
 * `npm run dev` as one server: the preview (Next's development server, run in this process) and
 * the content editor (its page, script and snapshot, editor-answers.ts) with its file proxy, on one
 * port, every request through the guard of request-guard.ts first. One process and one port:
 * nothing is left listening when it stops.
 */

export interface DevServerOptions {
  root: string;
  port: number;
  /** The addresses to listen on: loopback unless the person asked for another (DEV_HOST). */
  hosts: readonly string[];
  /** Whether the preview may be seen from other devices (the editor never is). */
  exposed: boolean;
}

export interface DevServer {
  /** The addresses listened on, as "host:port". */
  listening: string[];
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  // Next attaches its own `upgrade` listener to the server it is given: this one hears nothing,
  // so every upgrade goes through the guard below.
  const upgradeSink = new EventEmitter() as unknown as Server;
  const app = next({
    dev: true,
    dir: options.root,
    hostname: "localhost",
    port: options.port,
    httpServer: upgradeSink,
  });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
  const proxy = await fileProxy(options.root);

  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const refusal = refusalOf(request, options.exposed);
    if (refusal) return writeText(response, refusal);
    if ((request.url ?? "").split("?", 1)[0] === FILE_PROXY_PATH) {
      request.url = "/api/v1";
      return void proxy(request, response);
    }
    if (isEditorPath(request.url ?? "/")) {
      return void answerEditor(request, response, options.root).catch((error: unknown) => {
        console.error("The content editor could not answer:", error);
        if (!response.headersSent) writeText(response, EDITOR_FAILED);
        else response.destroy();
      });
    }
    void handle(request, response);
  };
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (refusalOf(request, options.exposed)) return void socket.destroy();
    void upgrade(request, socket, head);
  };

  const servers: Server[] = [];
  const listening: string[] = [];
  for (const host of options.hosts) {
    const server = createServer(answer).on("upgrade", onUpgrade);
    const address = await listen(server, options.port, host);
    if (address) {
      servers.push(server);
      listening.push(address);
    }
  }
  if (servers.length === 0) throw new Error(`Nothing could listen on port ${options.port}.`);
  return {
    listening,
    close: async () => {
      for (const server of servers) server.closeAllConnections();
      await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
      await app.close();
    },
  };
}

const EDITOR_FAILED = {
  status: 500,
  message:
    "The content editor could not answer: the reason is in the terminal running npm run dev.",
} as const;

function refusalOf(request: IncomingMessage, exposed: boolean): DevRefusal | undefined {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  return refuseDevRequest(
    {
      method: request.method ?? "GET",
      url: request.url ?? "/",
      host: header("host"),
      origin: header("origin"),
      secFetchSite: header("sec-fetch-site"),
      remoteAddress: request.socket.remoteAddress,
    },
    { exposed },
  );
}

function writeText(
  response: ServerResponse,
  { status, message }: { status: number; message: string },
) {
  response.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  response.end(`${message}\n`);
}

/**
 * Listens on one address; "host:port" once listening. An IPv6 loopback on a computer without
 * IPv6 is skipped (undefined); any other failure, a port in use say, is thrown.
 */
function listen(server: Server, port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (host === "::1" && ["EADDRNOTAVAIL", "EAFNOSUPPORT"].includes(error.code ?? "")) {
        resolve(undefined);
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () =>
      resolve(host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`),
    );
  });
}
