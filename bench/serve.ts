/**
 * `npm run bench:serve`: requests per second and latency of the largest priority page under
 * `npm start`, and of the same HTML saved to a file and served by nginx and by Python's
 * http.server, all on 127.0.0.1. wrk (apt-get install -y wrk nginx-light), 10 connections, 10 s
 * after a 3 s warm-up; every response is checked (status 200 and the page's h1 in the body).
 * Also prints the Cache-Control headers the site's responses carry.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  cleanUp,
  ensureRealBuild,
  freePort,
  lock,
  machine,
  PRIORITY_MARKER,
  PRIORITY_PAGE,
  ROOT,
  saveResult,
  startServer,
  stopServer,
  TMP,
  waitFor,
  waitForQuietMachine,
} from "./common";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

for (const tool of ["/usr/bin/wrk", "/usr/sbin/nginx"]) {
  if (!existsSync(tool)) throw new Error(`${tool} is missing: apt-get install -y wrk nginx-light`);
}

interface WrkRun {
  requests: number;
  durationUs: number;
  errors: Record<string, number>;
  p50Us: number;
  p99Us: number;
  checkedOk: number;
  checkedBad: number;
}

function wrk(url: string, seconds: number) {
  const run = spawnSync(
    "wrk",
    ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--timeout", "5s", "-s", "bench/check.lua", url],
    {
      cwd: ROOT,
      env: { ...process.env, BENCH_MARKER: PRIORITY_MARKER },
      encoding: "utf8",
      timeout: (seconds + 30) * 1000,
    },
  );
  const json = run.stdout.split("\n").find((line) => line.startsWith("{"));
  if (run.status !== 0 || !json) throw new Error(`wrk failed: ${run.stdout}${run.stderr}`);
  const result = JSON.parse(json) as WrkRun;
  const errors = Object.values(result.errors).reduce((total, count) => total + count, 0);
  const summary = {
    url,
    command: `BENCH_MARKER='<h1 text>' wrk -t2 -c${CONNECTIONS} -d${seconds}s --timeout 5s -s bench/check.lua ${url}`,
    requests: result.requests,
    requestsPerSecond: Math.round(result.requests / (result.durationUs / 1e6)),
    p50ms: result.p50Us / 1000,
    p99ms: result.p99Us / 1000,
    errors,
    non200OrWrongBody: result.checkedBad,
    checked: result.checkedOk + result.checkedBad,
  };
  if (errors > 0 || result.checkedBad > 0 || result.checkedOk === 0) {
    throw new Error(`Bad responses: ${JSON.stringify(summary)}`);
  }
  return summary;
}

/** Wait for a quiet machine, warm up, then measure. */
async function measure(url: string) {
  const othersBusyBefore = await waitForQuietMachine();
  wrk(url, 3);
  return { ...wrk(url, SECONDS), othersBusyBefore };
}

await lock();
await ensureRealBuild();
const staticDir = path.join(ROOT, TMP, "static");
const { origin, child } = await startServer();
const others: ReturnType<typeof spawn>[] = [];
try {
  const response = await fetch(origin + PRIORITY_PAGE);
  const html = await response.text();
  if (response.status !== 200 || !html.includes(PRIORITY_MARKER)) throw new Error("Wrong page");
  await mkdir(staticDir, { recursive: true });
  await writeFile(path.join(staticDir, "page.html"), html);

  // The headers a CDN in front would see.
  const stylesheet =
    /<link[^>]+href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1] ?? "/assets/site.css";
  const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1];
  const headerUrls = [
    "/",
    PRIORITY_PAGE,
    "/plans/corporate-plan-2018-21/safe-healthy-lives/actions/1",
    "/search?q=fire",
    "/sitemap.xml",
    "/robots.txt",
    "/data/actions.json",
    stylesheet,
    "/assets/site.css",
    ...(script ? [script] : []),
    "/assets/search.js",
    "/assets/search-index.json",
    "/favicon.svg",
    "/no-such-page",
  ];
  const headers = [];
  for (const url of headerUrls) {
    const answer = await fetch(origin + url, { redirect: "manual" });
    await answer.arrayBuffer();
    headers.push({
      url,
      status: answer.status,
      "cache-control": answer.headers.get("cache-control"),
      "x-nextjs-cache": answer.headers.get("x-nextjs-cache"),
      "content-encoding (with Accept-Encoding: gzip)": answer.headers.get("content-encoding"),
      etag: answer.headers.get("etag"),
      vary: answer.headers.get("vary"),
    });
  }
  console.table(headers);

  const next = await measure(origin + PRIORITY_PAGE);
  console.log("npm start:", next);

  const nginxPort = await freePort();
  const conf = path.join(staticDir, "nginx.conf");
  await writeFile(
    conf,
    [
      "daemon off; master_process off; worker_processes 1; user root;",
      `pid ${staticDir}/nginx.pid; error_log ${staticDir}/nginx-error.log warn;`,
      "events { worker_connections 256; }",
      "http { access_log off; types { text/html html; }",
      `  server { listen 127.0.0.1:${nginxPort}; root ${staticDir}; } }`,
      "",
    ].join("\n"),
  );
  const nginx = spawn("/usr/sbin/nginx", ["-c", conf, "-p", staticDir], { stdio: "inherit" });
  others.push(nginx);
  await waitFor(`http://127.0.0.1:${nginxPort}/page.html`);
  const nginxRun = await measure(`http://127.0.0.1:${nginxPort}/page.html`);
  console.log("nginx:", nginxRun);

  const pythonPort = await freePort();
  const python = spawn(
    "python3",
    ["-m", "http.server", String(pythonPort), "--bind", "127.0.0.1", "--directory", staticDir],
    { stdio: "ignore" },
  );
  others.push(python);
  await waitFor(`http://127.0.0.1:${pythonPort}/page.html`);
  const pythonRun = await measure(`http://127.0.0.1:${pythonPort}/page.html`);
  console.log("python3 -m http.server:", pythonRun);

  const result = {
    machine: machine(),
    page: PRIORITY_PAGE,
    htmlBytes: Buffer.byteLength(html),
    note: "wrk sends no Accept-Encoding: every server answers the uncompressed HTML",
    runs: {
      "npm start (Next.js via lib/server/serve.ts)": next,
      "nginx 1 worker, saved HTML": nginxRun,
      "python3 -m http.server, saved HTML": pythonRun,
    },
    headers,
  };
  console.log(`Saved ${await saveResult("serve", result)}`);
} finally {
  for (const other of others) if (other.exitCode === null) other.kill("SIGTERM");
  await stopServer(child);
  await cleanUp();
}
