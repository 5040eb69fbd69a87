/**
 * `npm run bench:serve`: requests per second and latency of the largest priority page under
 * `npm start`, and of the same HTML saved to a file and served by nginx and by Python's
 * http.server, all on 127.0.0.1, uncompressed and (Next, nginx) gzip. wrk (apt-get install -y wrk
 * nginx-light), 2 threads, 10 s after a 3 s warm-up; every response is checked (status 200 and the
 * page's h1 in the body; for gzip, the exact length of a checked gzip body). At 32 connections the
 * origin alone and the floor (nginx gzipping the saved file per request) are measured one after
 * the other, gzip then uncompressed, so that both see the same machine. Also prints the
 * Cache-Control headers the site's responses carry.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { get } from "node:http";
import path from "node:path";
import os from "node:os";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  cleanUp,
  DIST,
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
/** The load the issue's target for the cache is set at: many residents at once. */
const BUSY_CONNECTIONS = 32;

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

/**
 * The gzip body a server sends for url, checked: it must decompress to the page with its h1.
 * Its length is what check.lua then expects of every gzip response.
 */
async function gzipLength(url: string): Promise<number> {
  const body = await new Promise<Buffer>((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        if (response.headers["content-encoding"] !== "gzip") reject(new Error(`${url}: no gzip`));
        else resolve(Buffer.concat(chunks));
      });
    }).on("error", reject);
  });
  if (!gunzipSync(body).toString("utf8").includes(PRIORITY_MARKER)) {
    throw new Error(`${url}: the gzip body is not the page`);
  }
  return body.length;
}

function wrk(url: string, seconds: number, gzipBytes?: number, connections = CONNECTIONS) {
  const run = spawnSync(
    "wrk",
    ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "5s", "-s", "bench/check.lua", url],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        BENCH_MARKER: PRIORITY_MARKER,
        ...(gzipBytes ? { BENCH_GZIP_LENGTH: String(gzipBytes) } : {}),
      },
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
    command: `${gzipBytes ? `BENCH_GZIP_LENGTH=${gzipBytes} ` : ""}BENCH_MARKER='<h1 text>' wrk -t2 -c${connections} -d${seconds}s --timeout 5s -s bench/check.lua ${url}`,
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

/** Wait for a quiet machine, warm up, then measure (asking for gzip when told to). */
async function measure(url: string, gzip = false, connections = CONNECTIONS) {
  const gzipBytes = gzip ? await gzipLength(url) : undefined;
  const othersBusyBefore = await waitForQuietMachine();
  wrk(url, 3, gzipBytes, connections);
  const result = {
    ...wrk(url, SECONDS, gzipBytes, connections),
    connections,
    gzipBytes,
    othersBusyBefore,
    loadAverage1m: os.loadavg()[0],
  };
  console.log(result);
  return result;
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
  const stylesheet = /<link[^>]+href="(\/assets\/[^"]+\.css[^"]*)"/.exec(html)?.[1];
  if (!stylesheet) throw new Error("The page links no stylesheet under /assets/");
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
  const nextGzip = await measure(origin + PRIORITY_PAGE, true);

  const nginxPort = await freePort();
  const staticGzipPort = await freePort();
  // The same bytes compressed once, ahead of time, for nginx's gzip_static.
  await writeFile(path.join(staticDir, "page.html.gz"), gzipSync(html, { level: 9 }));
  const conf = path.join(staticDir, "nginx.conf");
  await writeFile(
    conf,
    [
      "daemon off; master_process off; worker_processes 1; user root;",
      `pid ${staticDir}/nginx.pid; error_log ${staticDir}/nginx-error.log warn;`,
      "events { worker_connections 256; }",
      "http { access_log off; types { text/html html; }",
      // On-the-fly gzip at zlib's default level, as Next's compression does.
      "  gzip on; gzip_comp_level 6;",
      `  server { listen 127.0.0.1:${nginxPort}; root ${staticDir}; }`,
      `  server { listen 127.0.0.1:${staticGzipPort}; root ${staticDir}; gzip off; gzip_static on; } }`,
      "",
    ].join("\n"),
  );
  const nginx = spawn("/usr/sbin/nginx", ["-c", conf, "-p", staticDir], { stdio: "inherit" });
  others.push(nginx);
  await waitFor(`http://127.0.0.1:${nginxPort}/page.html`);
  const nginxRun = await measure(`http://127.0.0.1:${nginxPort}/page.html`);
  const nginxGzip = await measure(`http://127.0.0.1:${nginxPort}/page.html`, true);

  // The origin alone against the floor at 32 connections, side by side: gzip, then uncompressed.
  const floorUrl = `http://127.0.0.1:${nginxPort}/page.html`;
  const floorGzip = await measure(floorUrl, true, BUSY_CONNECTIONS);
  const originGzip = await measure(origin + PRIORITY_PAGE, true, BUSY_CONNECTIONS);
  const floorRun = await measure(floorUrl, false, BUSY_CONNECTIONS);
  const originRun = await measure(origin + PRIORITY_PAGE, false, BUSY_CONNECTIONS);
  const staticGzip = await measure(
    `http://127.0.0.1:${staticGzipPort}/page.html`,
    true,
    BUSY_CONNECTIONS,
  );
  const originAlone = {
    gzipRatio: +(originGzip.requestsPerSecond / floorGzip.requestsPerSecond).toFixed(2),
    identityRatio: +(originRun.requestsPerSecond / floorRun.requestsPerSecond).toFixed(2),
    gzipRatioToPrecompressed: +(
      originGzip.requestsPerSecond / staticGzip.requestsPerSecond
    ).toFixed(2),
  };
  console.log("npm start alone, as a share of nginx serving the file:", originAlone);

  // The shipped cache (deploy/nginx/) in front of the origin, against nginx serving the file.
  const cachePort = await freePort();
  const cache = spawn(
    "bash",
    ["deploy/nginx/run-local.sh", String(cachePort), new URL(origin).port, path.join(TMP, "cache")],
    { cwd: ROOT, env: { ...process.env, NEXT_DIST_DIR: DIST }, stdio: "inherit" },
  );
  others.push(cache);
  const cached = `http://127.0.0.1:${cachePort}${PRIORITY_PAGE}`;
  await waitFor(cached);
  const cacheRun = await measure(cached, false, BUSY_CONNECTIONS);
  const cacheGzip = await measure(cached, true, BUSY_CONNECTIONS);
  const throughCache = {
    identityRatio: +(cacheRun.requestsPerSecond / floorRun.requestsPerSecond).toFixed(2),
    gzipRatio: +(cacheGzip.requestsPerSecond / floorGzip.requestsPerSecond).toFixed(2),
  };
  console.log("Through the cache, as a share of nginx serving the file:", throughCache);

  const pythonPort = await freePort();
  const python = spawn(
    "python3",
    ["-m", "http.server", String(pythonPort), "--bind", "127.0.0.1", "--directory", staticDir],
    { stdio: "ignore" },
  );
  others.push(python);
  await waitFor(`http://127.0.0.1:${pythonPort}/page.html`);
  const pythonRun = await measure(`http://127.0.0.1:${pythonPort}/page.html`);

  const result = {
    machine: machine(),
    page: PRIORITY_PAGE,
    htmlBytes: Buffer.byteLength(html),
    runs: {
      "npm start (Next.js via lib/server/serve.ts), identity": next,
      "npm start, gzip": nextGzip,
      "nginx 1 worker, saved HTML, identity": nginxRun,
      "nginx 1 worker, saved HTML, gzip level 6 on the fly": nginxGzip,
      "python3 -m http.server, saved HTML, identity (it cannot compress)": pythonRun,
      [`npm start alone, gzip, ${BUSY_CONNECTIONS} connections`]: originGzip,
      [`npm start alone, identity, ${BUSY_CONNECTIONS} connections`]: originRun,
      [`nginx 1 worker, saved HTML compressed ahead of time (gzip_static), ${BUSY_CONNECTIONS} connections`]:
        staticGzip,
      [`through the nginx cache (deploy/nginx/), identity, ${BUSY_CONNECTIONS} connections`]:
        cacheRun,
      [`through the nginx cache, gzip, ${BUSY_CONNECTIONS} connections`]: cacheGzip,
      [`nginx 1 worker, saved HTML, identity, ${BUSY_CONNECTIONS} connections`]: floorRun,
      [`nginx 1 worker, saved HTML, gzip level 6 on the fly, ${BUSY_CONNECTIONS} connections`]:
        floorGzip,
    },
    originAlone,
    throughCache,
    headers,
  };
  console.log(`Saved ${await saveResult("serve", result)}`);
} finally {
  for (const other of others) if (other.exitCode === null) other.kill("SIGTERM");
  await stopServer(child);
  await cleanUp();
}
