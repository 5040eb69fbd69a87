import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * `npm run dev` as someone else on the network and as the person who stops it sees it: it listens
 * on loopback only (unless DEV_HOST says otherwise, and then only the preview answers others), it
 * refuses a foreign Host or Origin, and SIGTERM or SIGHUP to npm stops everything it started.
 */

const root = path.resolve(import.meta.dirname, "../../..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The computer's own addresses that are not loopback: another device would use one of them. */
function networkAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((address) => address && !address.internal && address.family === "IPv4")
    .map((address) => address!.address);
}

interface Dev {
  npm: ChildProcess;
  output: () => string;
  port: number;
}

async function startDev(env: Record<string, string> = {}): Promise<Dev> {
  const port = await freePort();
  let output = "";
  const npm = spawn("npm", ["run", "dev"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), NEXT_DIST_DIR: ".next-editor", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  npm.stdout!.on("data", (chunk) => (output += String(chunk)));
  npm.stderr!.on("data", (chunk) => (output += String(chunk)));
  await expect.poll(() => output, { timeout: 120_000, intervals: [500] }).toContain("Listening on");
  return { npm, output: () => output, port };
}

/** Answers with the status, or the error code when nothing answers. */
function request(
  address: string,
  port: number,
  options: { path?: string; method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<number | string> {
  return new Promise((resolve) => {
    const sent = http.request(
      {
        host: address,
        port,
        path: options.path ?? "/robots.txt",
        method: options.method ?? "GET",
        headers: options.headers,
        timeout: 30_000,
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    sent.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    sent.end(options.body);
  });
}

/** The processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends `signal` to npm alone, as `kill -<signal> <npm's pid>` would, and waits for the end. */
async function stopWith(dev: Dev, signal: NodeJS.Signals) {
  const server = childrenOf(dev.npm.pid!);
  expect(server.length, "npm runs the dev server as its child").toBeGreaterThan(0);
  dev.npm.kill(signal);
  for (const pid of server) {
    await expect.poll(() => isRunning(pid), { timeout: 15_000 }).toBe(false);
  }
  await expect.poll(() => request("127.0.0.1", dev.port), { timeout: 15_000 }).toBe("ECONNREFUSED");
  expect(await request("::1", dev.port)).toBe("ECONNREFUSED");
}

test("listens on loopback only, refuses a foreign Host or Origin, and stops with SIGTERM to npm", async () => {
  const dev = await startDev();
  try {
    expect(await request("127.0.0.1", dev.port)).toBe(200);
    expect(await request("::1", dev.port)).toBe(200);
    // Not on every interface: another loopback address and the computer's own addresses get nothing.
    expect(await request("127.0.0.2", dev.port)).toBe("ECONNREFUSED");
    for (const address of networkAddresses()) {
      expect(await request(address, dev.port), address).toBe("ECONNREFUSED");
    }
    const foreignHost = { Host: `evil.example:${dev.port}` };
    expect(await request("127.0.0.1", dev.port, { headers: foreignHost })).toBe(421);
    const write = {
      path: "/admin/api/v1",
      method: "POST",
      body: JSON.stringify({ action: "info", params: { branch: "main" } }),
    };
    const json = { "content-type": "application/json" };
    expect(
      await request("127.0.0.1", dev.port, {
        ...write,
        headers: { ...json, Origin: "http://evil.example" },
      }),
    ).toBe(403);
    expect(
      await request("127.0.0.1", dev.port, { ...write, headers: { ...json, ...foreignHost } }),
    ).toBe(421);
    expect(await request("127.0.0.1", dev.port, { ...write, headers: json })).toBe(200);
  } finally {
    await stopWith(dev, "SIGTERM");
  }
  expect(dev.output()).toContain("Stopping the preview and the editor (SIGTERM)");
});

test("with DEV_HOST, other devices see the preview but not the editor; SIGHUP to npm stops it", async () => {
  const [address] = networkAddresses();
  expect(address, "this computer has a network address another device would use").toBeDefined();
  const dev = await startDev({ DEV_HOST: "0.0.0.0" });
  try {
    const asAnotherDevice = { headers: { Host: `${address}:${dev.port}` } };
    expect(await request(address!, dev.port, asAnotherDevice)).toBe(200);
    expect(await request(address!, dev.port, { ...asAnotherDevice, path: "/admin" })).toBe(403);
    expect(
      await request(address!, dev.port, {
        path: "/admin/api/v1",
        method: "POST",
        headers: { "content-type": "application/json", Host: `localhost:${dev.port}` },
        body: JSON.stringify({
          action: "getEntry",
          params: { branch: "main", path: "content/site.mdx" },
        }),
      }),
    ).toBe(403);
  } finally {
    await stopWith(dev, "SIGHUP");
  }
  expect(dev.output()).toContain("Stopping the preview and the editor (npm run dev ended)");
});
