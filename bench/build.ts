/**
 * `npm run bench:build`: wall time and peak memory of `npm run content:check` and `next build` with
 * the real content and with synthetic content (bench/make-content.ts) at 1×, 10× and 50×, and the
 * milliseconds of static generation per page. BENCH_SCALES=1,10 picks the synthetic scales.
 *
 * The loader caches compiled MDX on disk (node_modules/.cache/council-mdx) by a hash of the body.
 * Synthetic bodies are new on every run, so the first content check is cold (checks every body) and
 * the second is warm. Cold checks are run BENCH_COLD_RUNS times (3), each with new bodies, and the
 * median is reported. Then `content:check --compile` fills the cache with the pages' code and
 * `next build` follows, as in `npm run build`. The real content is
 * measured as it is on this machine (its bodies are normally in the cache already). The cache
 * entries a run adds are removed at the end.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { readServedTable } from "../lib/server/served-table";
import { benchBuild, cleanUp, DIST, lock, machine, ROOT, saveResult, timed, TMP } from "./common";

const scales = (process.env.BENCH_SCALES ?? "1,10,50").split(",").map(Number);
const MDX_CACHE = path.join(ROOT, "node_modules/.cache/council-mdx");
const RUN = Date.now().toString(36);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);

/** "… (1234/1234) in 2.5s" → 2500; Next prints ms below 2 s, one decimal below 40 s. */
function staticGeneration(output: string) {
  const line =
    /Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ([\d.]+)(ms|s|min)/.exec(
      output,
    );
  if (!line) throw new Error("next build printed no 'Generating static pages' line");
  const unit = { ms: 1, s: 1000, min: 60_000 }[line[5] as "ms" | "s" | "min"];
  return { workers: Number(line[1]), pages: Number(line[3]), ms: Number(line[4]) * unit };
}

/** Milliseconds of the main spans of Next's own build trace. */
async function traceSpans() {
  const text = await readFile(path.join(ROOT, DIST, "trace"), "utf8").catch(() => "");
  const names = [
    "next-build",
    "run-turbopack",
    "run-typescript",
    "static-generation",
    // The build adapter that writes what the build answers (lib/server/build-adapter.ts).
    "adapter-handle-build-complete",
  ];
  const spans: Record<string, number> = {};
  for (const line of text.split("\n").filter(Boolean)) {
    for (const span of JSON.parse(line) as { name: string; duration: number }[]) {
      if (names.includes(span.name)) spans[span.name] = Math.round(span.duration / 1000);
    }
  }
  return spans;
}

/** The five largest prerendered responses, in KB: pages that grow with the content. */
async function largestBodies() {
  const build = path.join(ROOT, DIST);
  const sizes = readServedTable(build)
    .prerendered.map(({ path: address, body }) => ({
      address,
      size: statSync(path.join(build, body)).size,
    }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 5);
  return Object.fromEntries(sizes.map(({ address, size }) => [address, Math.round(size / 1024)]));
}

async function contentCheck(contentDir: string, compile = false) {
  const args = ["npm", "run", "-s", "content:check", "--"];
  if (contentDir !== "content") args.push(`--content=${contentDir}`);
  if (compile) args.push("--compile");
  const check = await timed(args, {}, 300);
  if (check.status !== 0) throw new Error(`content:check failed:\n${check.output.slice(-4000)}`);
  const line = /Content check passed in ([\d.]+) s: (\d+) files, (\d+) plans/.exec(check.output);
  return {
    command: check.command,
    files: Number(line?.[2]),
    plans: Number(line?.[3]),
    wallSeconds: check.wallSeconds,
    /** The loader's own time, printed by the check (without starting Node and tsx). */
    loadSeconds: Number(line?.[1]),
    maxRssMB: check.maxRssMB,
    treePeakMB: check.treePeakMB,
    othersBusyBefore: check.othersBusyBefore,
  };
}

/** Synthetic content at `scale`, every body new to the MDX cache (bench/make-content.ts). */
function makeContent(scale: number, contentDir: string, run: string) {
  const made = spawnSync("npx", ["tsx", "bench/make-content.ts", String(scale), contentDir, run], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (made.status !== 0) throw new Error(`Could not make ${contentDir}`);
}

async function measure(scale: number | "real", build: boolean) {
  const contentDir = scale === "real" ? "content" : `${TMP}/content-x${scale}`;
  // Cold runs vary by ±2 s here, so each cold run gets bodies of its own and the median is kept.
  const colds = [];
  for (let run = 0; run < (scale === "real" ? 1 : COLD_RUNS); run++) {
    if (scale !== "real") makeContent(scale, contentDir, `${RUN}-${run}`);
    colds.push(await contentCheck(contentDir));
  }
  const first = [...colds].sort((a, b) => a.wallSeconds - b.wallSeconds)[colds.length >> 1]!;
  const again = await contentCheck(contentDir);
  // As `npm run build` does: the check with --compile fills the cache with the pages' code.
  const compile = await contentCheck(contentDir, true);
  let nextBuild;
  if (build) {
    console.log(`${scale}: next build with CONTENT_DIR=${contentDir}…`);
    const result = await benchBuild(contentDir);
    const generation = staticGeneration(result.output);
    // The pages residents read, counted as the HTML answers the build wrote whole (lib/server/
    // served-table.ts). Next lists the sitemap itself among the build's static files, not its
    // prerenders, so the table has no body of it whose <loc>s could be counted.
    const sitemapPages = readServedTable(path.join(ROOT, DIST)).prerendered.filter(
      (answer) => answer.status === 200 && answer.headers["content-type"]?.startsWith("text/html"),
    ).length;
    nextBuild = {
      command: `NEXT_DIST_DIR=${DIST} CONTENT_DIR=${contentDir} /usr/bin/time -v npx next build`,
      wallSeconds: result.wallSeconds,
      maxRssMB: result.maxRssMB,
      treePeakMB: result.treePeakMB,
      othersBusyBefore: result.othersBusyBefore,
      staticGeneration: generation,
      traceMs: await traceSpans(),
      sitemapPages,
      msPerPage: Number((generation.ms / generation.pages).toFixed(2)),
      msPerSitemapPage: Number((generation.ms / sitemapPages).toFixed(2)),
      largestPages: await largestBodies(),
    };
  }
  if (scale !== "real") await rm(path.join(ROOT, contentDir), { recursive: true, force: true });
  return { scale, contentDir, contentCheck: { first, colds, again, compile }, nextBuild };
}

const started = machine();
/** Every entry of the MDX cache, in the folders of its fingerprints (lib/content/mdx-cache.ts). */
const cacheEntries = () =>
  existsSync(MDX_CACHE) ? readdirSync(MDX_CACHE, { recursive: true }).map(String) : [];
const cachedBefore = new Set(cacheEntries());
await lock();
const results: Awaited<ReturnType<typeof measure>>[] = [];
try {
  results.push(await measure("real", true));
  for (const scale of scales) results.push(await measure(scale, scale !== 1));
} finally {
  await cleanUp();
  // Only what this run added: the synthetic bodies' entries (a new fingerprint's folder whole).
  for (const name of cacheEntries()) {
    if (!cachedBefore.has(name)) {
      await rm(path.join(MDX_CACHE, name), { recursive: true, force: true });
    }
  }
}

// Marginal cost between built scales: flat when no step grows faster than the number of pages.
const built = results.filter((result) => result.nextBuild);
const marginal = built.slice(1).map((result, index) => {
  const before = built[index]!;
  const pages = result.nextBuild!.staticGeneration.pages - before.nextBuild!.staticGeneration.pages;
  const ms = result.nextBuild!.staticGeneration.ms - before.nextBuild!.staticGeneration.ms;
  return { from: before.scale, to: result.scale, msPerExtraPage: Number((ms / pages).toFixed(2)) };
});

console.log(
  "\nscale files  check s cold/warm (load s)  cold runs s     --compile s  check MB  build s  build MB largest/tree  pages  gen ms  ms/page",
);
for (const { scale, contentCheck: c, nextBuild: b } of results) {
  console.log(
    [
      String(scale).padEnd(5),
      String(c.first.files).padEnd(6),
      `${c.first.wallSeconds.toFixed(1)}/${c.again.wallSeconds.toFixed(1)} (${c.first.loadSeconds}/${c.again.loadSeconds})`.padEnd(
        28,
      ),
      c.colds
        .map((cold) => cold.wallSeconds.toFixed(1))
        .join(" ")
        .padEnd(15),
      c.compile.wallSeconds.toFixed(1).padEnd(12),
      String(Math.max(c.first.maxRssMB, c.again.maxRssMB)).padEnd(9),
      (b?.wallSeconds.toFixed(1) ?? "-").padEnd(8),
      (b ? `${b.maxRssMB}/${b.treePeakMB}` : "-").padEnd(22),
      String(b?.staticGeneration.pages ?? "-").padEnd(6),
      String(b ? Math.round(b.staticGeneration.ms) : "-").padEnd(7),
      b?.msPerPage ?? "-",
    ].join(" "),
  );
}
console.log("marginal:", JSON.stringify(marginal));
console.log(
  `Saved ${await saveResult("build", { machine: started, run: RUN, results, marginal })}`,
);
