/**
 * `npm run bench:lighthouse`: Lighthouse 12.8 (12.x runs on Node 20) in Debian's Chromium, mobile
 * (the default: simulated throttling), for the home page and the largest priority page served by
 * `npm start` on 127.0.0.1. Prints the four scores and every audit that did not pass, with its
 * details. The full reports are written to bench/.tmp (kept only with BENCH_KEEP=1).
 */
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  cleanUp,
  ensureRealBuild,
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
  finalDisplayedUrl: string;
  runWarnings: string[];
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

/** An item of an audit's details, flattened to the parts a person can act on. */
function describeItem(item: Record<string, unknown>): string {
  const parts: string[] = [];
  const node = item.node as
    { selector?: string; snippet?: string; explanation?: string } | undefined;
  if (node?.selector) parts.push(node.selector);
  if (node?.snippet) parts.push(node.snippet.slice(0, 160));
  if (node?.explanation) parts.push(node.explanation.replace(/\s+/g, " "));
  for (const key of ["url", "source", "description", "directive", "severity", "label", "value"]) {
    const value = item[key];
    if (typeof value === "string" || typeof value === "number") parts.push(`${key}: ${value}`);
    else if (value && typeof value === "object" && "url" in value)
      parts.push(`${key}: ${String(value.url)}`);
  }
  if (Array.isArray((item.subItems as { items?: unknown[] })?.items)) {
    for (const sub of (item.subItems as { items: Record<string, unknown>[] }).items) {
      parts.push(`[${describeItem(sub)}]`);
    }
  }
  return parts.join(" | ") || JSON.stringify(item).slice(0, 200);
}

await lock();
await ensureRealBuild();
const { origin, child } = await startServer();
const pages = { home: "/", priority: PRIORITY_PAGE };
const results = [];
try {
  for (const [name, pathname] of Object.entries(pages)) {
    const output = path.join(TMP, `lighthouse-${name}.json`);
    const args = [
      "-y",
      LIGHTHOUSE,
      origin + pathname,
      "--output=json",
      `--output-path=${output}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      "--quiet",
    ];
    const othersBusyBefore = await waitForQuietMachine();
    console.log(`CHROME_PATH=/usr/bin/chromium npx ${args.join(" ")}`);
    const run = spawnSync("npx", args, {
      cwd: ROOT,
      env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" },
      encoding: "utf8",
      timeout: 240_000,
    });
    if (run.status !== 0) throw new Error(`Lighthouse failed: ${run.stdout}${run.stderr}`);
    const report = JSON.parse(await readFile(path.join(ROOT, output), "utf8")) as Report;
    const scores = Object.fromEntries(
      Object.entries(report.categories).map(([id, category]) => [
        id,
        Math.round(category.score * 100),
      ]),
    );
    const failing = Object.entries(report.categories).flatMap(([category, { auditRefs }]) =>
      auditRefs
        .map((ref) => report.audits[ref.id]!)
        // Lighthouse's own rule: a binary audit fails below 1, a scored one below 0.9.
        .filter(
          (audit) =>
            audit.score !== null &&
            ((audit.scoreDisplayMode === "binary" && audit.score < 1) ||
              (["numeric", "metricSavings"].includes(audit.scoreDisplayMode) && audit.score < 0.9)),
        )
        .map((audit) => ({
          category,
          id: audit.id,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue,
          explanation: audit.explanation ?? audit.errorMessage,
          why: audit.description.replace(/\[Learn[^\]]*\]\([^)]*\)\.?/g, "").trim(),
          items: (audit.details?.items ?? []).slice(0, 10).map(describeItem),
        })),
    );
    const metrics = Object.fromEntries(
      [
        "first-contentful-paint",
        "largest-contentful-paint",
        "total-blocking-time",
        "cumulative-layout-shift",
        "speed-index",
        "total-byte-weight",
      ].map((id) => [id, report.audits[id]?.displayValue]),
    );
    results.push({
      page: pathname,
      othersBusyBefore,
      lighthouse: report.lighthouseVersion,
      scores,
      belowTarget: Object.entries(TARGETS)
        .filter(([id, target]) => (scores[id] ?? 0) < target)
        .map(([id, target]) => `${id} ${scores[id]} < ${target}`),
      metrics,
      runWarnings: report.runWarnings,
      failing,
    });
    console.log(`${pathname}: Lighthouse ${report.lighthouseVersion}`, scores, metrics);
    for (const audit of failing) {
      console.log(`  ✘ [${audit.category}] ${audit.id} (${audit.score}) ${audit.title}`);
      if (audit.displayValue) console.log(`      ${audit.displayValue}`);
      if (audit.explanation) console.log(`      ${audit.explanation}`);
      for (const item of audit.items) console.log(`      - ${item}`);
    }
  }
  console.log(
    `Saved ${await saveResult("lighthouse", { machine: machine(), targets: TARGETS, results })}`,
  );
} finally {
  await stopServer(child);
  await cleanUp();
}
