/**
 * `npm run bench:lighthouse`: Lighthouse 12.8 (12.x runs on Node 20) in Debian's Chromium, mobile
 * (the default: simulated throttling), for the home page and the largest priority page served by
 * `npm start` on 127.0.0.1, and control pages (see below; BENCH_PAGES picks the pages, default
 * home,priority,control,control-css). BENCH_RUNS runs per page (default 3); the run with the median
 * performance score is reported: the four scores, every audit that did not pass (those that cost
 * points, then diagnostics of weight 0) with its details. Full reports go to bench/.tmp (kept only
 * with BENCH_KEEP=1).
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { SECURITY_HEADERS } from "../lib/server/security-headers";
import {
  cleanUp,
  ensureRealBuild,
  freePort,
  lock,
  machine,
  PRIORITY_PAGE,
  ROOT,
  saveResult,
  startServer,
  stopServer,
  TMP,
  waitForQuietMachine,
} from "./common";

const LIGHTHOUSE = "lighthouse@12.8";
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGETS: Record<string, number> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

interface Audit {
  id: string;
  title: string;
  description: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  explanation?: string;
  errorMessage?: string;
  details?: { type: string; items?: Record<string, unknown>[] };
}
interface Report {
  lighthouseVersion: string;
  runWarnings: string[];
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

/** An item of an audit's details, flattened to the parts a person can act on. */
function describeItem(item: Record<string, unknown>): string {
  if (item.type === "table" || item.type === "list") {
    const items = (item.items ?? []) as Record<string, unknown>[];
    return items.length === 0 ? "(none)" : items.map(describeItem).join("; ");
  }
  if (item.type === "list-section" || item.type === "network-tree") {
    return "(a network chain: see the full report)";
  }
  const parts: string[] = [];
  const node = item.node as
    { selector?: string; snippet?: string; explanation?: string } | undefined;
  if (node?.selector) parts.push(node.selector);
  if (node?.snippet) parts.push(node.snippet.slice(0, 160));
  if (node?.explanation) parts.push(node.explanation.replace(/\s+/g, " "));
  for (const [key, value] of Object.entries(item)) {
    if (["node", "subItems", "type"].includes(key)) continue;
    if (typeof value === "string" || typeof value === "number") {
      parts.push(`${key}: ${typeof value === "number" ? Math.round(value) : value.slice(0, 200)}`);
    } else if (value && typeof value === "object" && "value" in value) {
      parts.push(`${key}: ${String((value as { value: unknown }).value)}`);
    } else if (value && typeof value === "object" && "url" in value) {
      parts.push(`${key}: ${String((value as { url: unknown }).url)}`);
    }
  }
  return parts.join(" | ") || JSON.stringify(item).slice(0, 200);
}

/** Runs a command without blocking this process, with a time limit. */
function runCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
  timeoutSeconds: number,
) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutSeconds * 1000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Audits that did not pass, by Lighthouse's rule: binary below 1, scored below 0.9. */
function notPassed(report: Report) {
  return Object.entries(report.categories).flatMap(([category, { auditRefs }]) =>
    auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id]! }))
      .filter(
        ({ audit }) =>
          audit.score !== null &&
          ((audit.scoreDisplayMode === "binary" && audit.score < 1) ||
            (["numeric", "metricSavings"].includes(audit.scoreDisplayMode) && audit.score < 0.9)),
      )
      .map(({ ref, audit }) => ({
        category,
        id: audit.id,
        weight: ref.weight,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        explanation: audit.explanation ?? audit.errorMessage,
        why: audit.description.replace(/\[Learn[^\]]*\]\([^)]*\)\.?/g, "").trim(),
        // Some audits (insights) give their items as an object of sections, not a list.
        items: (Array.isArray(audit.details?.items) ? audit.details.items : [])
          .slice(0, 10)
          .map(describeItem),
      })),
  );
}

await lock();
await ensureRealBuild();
const { origin, child } = await startServer();

/**
 * Control pages from a bare Node server on loopback, to tell the site's cost from the machine's:
 * a minimal page (a heading and a paragraph, no script) without CSS and with the site's stylesheet;
 * and, on request only (BENCH_PAGES), the same minimal page sent with the site's security headers
 * (control-headers) or with only its Cross-Origin-Opener-Policy (control-coop), and the home
 * page's own HTML without those headers (control-home).
 */
const home = await (await fetch(`${origin}/`)).text();
const stylesheet = /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/.exec(home)?.[1];
if (!stylesheet) throw new Error("The home page links no stylesheet");
const controlHtml = (head: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Control page</title>' +
  '<meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<meta name="description" content="A minimal page to measure the measuring.">' +
  `<link rel="icon" href="data:,">${head}</head>` +
  "<body><main><h1>Control page</h1><p>A heading and a paragraph.</p></main></body></html>";
const securityHeaders = Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
const controlPages: Record<string, { html: string; headers?: Record<string, string> }> = {
  "/": { html: controlHtml("") },
  "/css": { html: controlHtml(`<link rel="stylesheet" href="${origin}${stylesheet}">`) },
  "/headers": { html: controlHtml(""), headers: securityHeaders },
  "/coop": { html: controlHtml(""), headers: { "Cross-Origin-Opener-Policy": "same-origin" } },
  "/home": { html: home.replace(/(href|action)="\/(?!\/)/g, `$1="${origin}/`) },
};
const control = createServer((request, response) => {
  const page = controlPages[request.url ?? ""];
  response.writeHead(page ? 200 : 404, {
    "content-type": "text/html; charset=utf-8",
    ...page?.headers,
  });
  response.end(page?.html ?? "");
});
const controlPort = await freePort();
await new Promise<void>((resolve) => control.listen(controlPort, "127.0.0.1", resolve));
const controlOrigin = `http://127.0.0.1:${controlPort}`;

const allPages: Record<string, string> = {
  home: `${origin}/`,
  priority: origin + PRIORITY_PAGE,
  control: `${controlOrigin}/`,
  "control-css": `${controlOrigin}/css`,
  "control-headers": `${controlOrigin}/headers`,
  "control-coop": `${controlOrigin}/coop`,
  "control-home": `${controlOrigin}/home`,
};
const DEFAULT_PAGES = "home,priority,control,control-css";
const chosen = (process.env.BENCH_PAGES ?? DEFAULT_PAGES).split(",");
const pages = Object.fromEntries(
  Object.entries(allPages).filter(([name]) => chosen.includes(name)),
);
const results = [];
try {
  for (const [name, url] of Object.entries(pages)) {
    const pathname = url.startsWith(controlOrigin) ? `(${name} page)` : url.slice(origin.length);
    const runs: { report: Report; othersBusyBefore: number }[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const output = path.join(TMP, `lighthouse-${name}-${run}.json`);
      const args = [
        "-y",
        LIGHTHOUSE,
        url,
        "--output=json",
        `--output-path=${output}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--quiet",
      ];
      // Lighthouse sometimes fails to record a trace ("Please run Lighthouse again"): try 3 times.
      let othersBusyBefore = 0;
      for (let attempt = 1; ; attempt++) {
        othersBusyBefore = await waitForQuietMachine();
        console.log(`CHROME_PATH=/usr/bin/chromium npx ${args.join(" ")}`);
        // Not spawnSync: the control page's server runs in this process and must keep answering.
        const ran = await runCommand("npx", args, { CHROME_PATH: "/usr/bin/chromium" }, 240);
        if (ran.status === 0) break;
        if (attempt === 3) throw new Error(`Lighthouse failed: ${ran.stdout}${ran.stderr}`);
        console.log(`Lighthouse failed, trying again: ${ran.stderr.trim().split("\n").at(-1)}`);
      }
      const report = JSON.parse(await readFile(path.join(ROOT, output), "utf8")) as Report;
      runs.push({ report, othersBusyBefore });
    }
    const score = (report: Report, id: string) =>
      Math.round((report.categories[id]?.score ?? 0) * 100);
    const sorted = [...runs].sort(
      (a, b) => score(a.report, "performance") - score(b.report, "performance"),
    );
    const { report, othersBusyBefore } = sorted[Math.floor((sorted.length - 1) / 2)]!;
    const scores = Object.fromEntries(
      Object.keys(report.categories).map((id) => [id, score(report, id)]),
    );
    const metrics = Object.fromEntries(
      [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
        "speed-index",
        "total-byte-weight",
        "dom-size",
      ].map((id) => [id, report.audits[id]?.displayValue]),
    );
    const failing = notPassed(report);
    // What Total Blocking Time is made of (durations after the simulated 4× CPU slowdown).
    const longTasks = (report.audits["long-tasks"]?.details?.items ?? []).map(
      (task) => `${String(task.url)}: ${Math.round(Number(task.duration))} ms`,
    );
    results.push({
      page: pathname,
      lighthouse: report.lighthouseVersion,
      benchmarkIndex: report.environment.benchmarkIndex,
      othersBusyBefore,
      everyRun: runs.map((run) =>
        Object.fromEntries(Object.keys(TARGETS).map((id) => [id, score(run.report, id)])),
      ),
      scores,
      belowTarget: Object.entries(TARGETS)
        .filter(([id, target]) => (scores[id] ?? 0) < target)
        .map(([id, target]) => `${id} ${scores[id]} < ${target}`),
      metrics,
      longTasks,
      runWarnings: report.runWarnings,
      costPoints: failing.filter((audit) => audit.weight > 0),
      diagnostics: failing.filter((audit) => audit.weight === 0),
    });
    console.log(
      `${pathname}: Lighthouse ${report.lighthouseVersion}, median of ${RUNS} runs`,
      scores,
      metrics,
    );
    console.log(`  long tasks: ${longTasks.join(", ")}`);
    for (const audit of failing) {
      const kind = audit.weight > 0 ? `weight ${audit.weight}` : "diagnostic";
      console.log(`  ✘ [${audit.category}, ${kind}] ${audit.id} (${audit.score}) ${audit.title}`);
      if (audit.displayValue) console.log(`      ${audit.displayValue}`);
      if (audit.explanation) console.log(`      ${audit.explanation}`);
      for (const item of audit.items) console.log(`      - ${item}`);
    }
  }
  console.log(
    `Saved ${await saveResult(chosen.join(",") === DEFAULT_PAGES ? "lighthouse" : `lighthouse-${chosen.join("-")}`, { machine: machine(), targets: TARGETS, runs: RUNS, results })}`,
  );
} finally {
  control.close();
  await stopServer(child);
  await cleanUp();
}
