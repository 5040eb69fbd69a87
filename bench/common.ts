/**
 * Shared by the benchmark scripts: the machine, timed commands, the benchmark build in .next-bench
 * and a production server on loopback. Everything the scripts write goes to .next-bench and
 * bench/.tmp (both ignored by git) and bench/results.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { format } from "prettier";
import { readServedTable } from "../lib/server/served-table";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const DIST = ".next-bench";
export const TMP = "bench/.tmp";
export const PRIORITY_PAGE = "/plans/corporate-plan-2018-21/safe-healthy-lives";
/** Text the priority page must contain: its h1. */
export const PRIORITY_MARKER =
  "We help people lead safe healthy lives and play an active part in their community";
const KEEP = process.env.BENCH_KEEP === "1";

function git(...args: string[]): string {
  return spawnSync("git", args, { cwd: ROOT, encoding: "utf8" }).stdout.trim();
}

export function machine() {
  const next = JSON.parse(readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8"));
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    next: next.version as string,
    commit: git("rev-parse", "--short", "HEAD"),
    uncommittedFiles: git("status", "--porcelain").split("\n").filter(Boolean).length,
  };
}

export interface Timed {
  command: string;
  status: number | null;
  wallSeconds: number;
  /** Largest single process (GNU time's "Maximum resident set size"). */
  maxRssMB: number;
  /** Largest sum of the resident memory of the whole process tree, sampled every 100 ms. */
  treePeakMB: number;
  /** Cores other processes used just before the command started (see waitForQuietMachine). */
  othersBusyBefore: number;
  output: string;
}

/** Runs a command under `/usr/bin/time -v`, sampling the memory of its process tree. */
export async function timed(
  args: string[],
  env: Record<string, string> = {},
  timeoutSeconds = 900,
): Promise<Timed> {
  if (!existsSync("/usr/bin/time"))
    throw new Error("/usr/bin/time is missing: apt-get install -y time");
  const othersBusyBefore = await waitForQuietMachine();
  const child = spawn("/usr/bin/time", ["-v", ...args], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  let treePeak = 0;
  const sampler = setInterval(() => {
    if (child.pid) treePeak = Math.max(treePeak, treeRssKB(child.pid));
  }, 100);
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutSeconds * 1000);
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(sampler);
  clearTimeout(timer);
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)/.exec(output);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output);
  return {
    command: Object.entries(env)
      .map(([key, value]) => `${key}=${value} `)
      .concat(args.join(" "))
      .join(""),
    status,
    wallSeconds: wall
      ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3])
      : Number.NaN,
    maxRssMB: rss ? Math.round(Number(rss[1]) / 1024) : Number.NaN,
    treePeakMB: Math.round(treePeak / 1024),
    othersBusyBefore,
    output,
  };
}

/** CPU ticks used so far by each process outside this benchmark's own process tree. */
function othersCpuTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(Number(name), Number(fields[11]) + Number(fields[12]));
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we read it.
    }
  }
  const queue = [process.pid, process.ppid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    ticks.delete(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return ticks;
}

/** Cores used by other processes over the next three seconds. */
async function othersBusy(): Promise<number> {
  const before = othersCpuTicks();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  let used = 0;
  for (const [pid, ticks] of othersCpuTicks()) used += ticks - (before.get(pid) ?? 0);
  return Number((used / 100 / 3).toFixed(2));
}

/**
 * Waits until the rest of the machine is idle (other processes use under 0.2 of a core over 3 s),
 * at most BENCH_WAIT_SECONDS (default 900), and returns how busy it was when the wait ended.
 */
export async function waitForQuietMachine(): Promise<number> {
  const deadline = Date.now() + Number(process.env.BENCH_WAIT_SECONDS ?? 900) * 1000;
  for (;;) {
    const busy = await othersBusy();
    if (busy < 0.2) return busy;
    if (Date.now() > deadline) {
      console.warn(
        `The machine is still busy (other processes use ${busy} cores): measuring anyway.`,
      );
      return busy;
    }
    console.log(`Waiting for a quiet machine: other processes use ${busy} cores…`);
    await new Promise((resolve) => setTimeout(resolve, 15_000));
  }
}

/** The resident memory of a process and all its descendants, in KB, from /proc. */
function treeRssKB(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      rss.set(Number(name), (Number(fields[21]) * 4096) / 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * `next build` adds its dist dir's type paths to tsconfig.json and next-env.d.ts when they are not
 * there. A build in .next-bench must leave the working tree as it found it, so a file is put back
 * when the build made it mention .next-bench (and only then, so no one else's edit is undone).
 */
export async function keepingNextFiles<T>(work: () => Promise<T>): Promise<T> {
  const files = ["tsconfig.json", "next-env.d.ts"].map((name) => path.join(ROOT, name));
  const saved = files.map((file) => (existsSync(file) ? readFileSync(file, "utf8") : undefined));
  try {
    return await work();
  } finally {
    for (const [index, file] of files.entries()) {
      const before = saved[index];
      const after = existsSync(file) ? readFileSync(file, "utf8") : undefined;
      const mentions = (text: string) =>
        text.split(`./${DIST}/`).length + text.split(`"${DIST}/`).length;
      if (before !== undefined && after !== undefined && mentions(after) > mentions(before)) {
        await writeFile(file, before);
        console.log(`Put back ${path.basename(file)} as it was before the build.`);
      }
    }
  }
}

let locked = false;
/** One benchmark at a time: two builds at once on two cores would measure nothing. */
export async function lock(): Promise<void> {
  await mkdir(path.join(ROOT, TMP), { recursive: true });
  try {
    await mkdir(path.join(ROOT, TMP, "lock"));
  } catch {
    throw new Error(`Another benchmark is running (remove ${TMP}/lock if it is not).`);
  }
  locked = true;
  const release = () => {
    if (locked) rmSyncQuiet(path.join(ROOT, TMP, "lock"));
    locked = false;
  };
  process.on("exit", release);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => process.exit(130));
  }
}

function rmSyncQuiet(folder: string) {
  rmSync(folder, { recursive: true, force: true });
}

/** `next build` into .next-bench from the given content folder, timed. */
export async function benchBuild(contentDir: string): Promise<Timed> {
  // The stylesheet and the site's scripts are made before `next build`, as `npm run build` makes
  // them (the pages name them by their hashes); that time is not the build's, so it is not timed.
  for (const step of ["css", "assets"]) {
    const made = spawnSync("npm", ["run", "-s", step], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: "utf8",
    });
    if (made.status !== 0) throw new Error(`npm run ${step} failed:\n${made.stderr}`);
  }
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  const result = await keepingNextFiles(() =>
    timed(["npx", "next", "build"], { NEXT_DIST_DIR: DIST, CONTENT_DIR: contentDir }),
  );
  if (result.status !== 0) {
    throw new Error(`next build failed (${result.status}):\n${result.output.slice(-4000)}`);
  }
  await writeFile(path.join(ROOT, DIST, "bench-content"), contentDir);
  return result;
}

/**
 * What the bench build answers at a prerendered address, as it wrote it: found through the table
 * of served files (lib/server/served-table.ts), since Next keeps the bodies under hashed folders.
 */
export async function builtBody(address: string): Promise<string> {
  const entry = readServedTable(path.join(ROOT, DIST)).prerendered.find(
    (answer) => answer.path === address,
  );
  if (!entry) throw new Error(`The bench build has no prerendered ${address}.`);
  return readFile(path.join(ROOT, DIST, entry.body), "utf8");
}

/** A production build of the real content in .next-bench: reused when BENCH_KEEP=1 left one. */
export async function ensureRealBuild(): Promise<void> {
  const marker = path.join(ROOT, DIST, "bench-content");
  if (existsSync(marker) && (await readFile(marker, "utf8")) === "content") return;
  console.log(`Building the real content into ${DIST} (about a minute)…`);
  await benchBuild("content");
}

/** Removes .next-bench and bench/.tmp unless BENCH_KEEP=1 (so lint and types never see them). */
export async function cleanUp(): Promise<void> {
  if (KEEP) return;
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  for (const name of existsSync(path.join(ROOT, TMP)) ? readdirSync(path.join(ROOT, TMP)) : []) {
    if (name !== "lock") await rm(path.join(ROOT, TMP, name), { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** Waits until GET url answers (any status), or fails after the timeout. */
export async function waitFor(url: string, timeoutSeconds = 60): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${url} did not answer: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** `npm start` on 127.0.0.1 serving .next-bench. Stop it with stopServer. */
export async function startServer(): Promise<{ origin: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn("npm", ["start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/robots.txt`);
  return { origin, child };
}

/** Stops a process started with detached: true, and its children (its own process group only). */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const closed = new Promise((resolve) => child.on("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 5000))]);
  if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
}

/** Writes bench/results/<name>.json, formatted as Prettier would (npm test checks formatting). */
export async function saveResult(name: string, data: unknown): Promise<string> {
  const file = path.join(ROOT, "bench/results", `${name}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await format(JSON.stringify(data, null, 2), { parser: "json" }));
  return path.relative(ROOT, file);
}
