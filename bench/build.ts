/**
 * `npm run bench:build`: wall time and peak memory of `npm run content:check` and `next build` with
 * the real content and with synthetic content at 10× and 50× (bench/make-content.ts), and the
 * milliseconds of static generation per page. BENCH_SCALES=1,10 picks the scales.
 */
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { benchBuild, cleanUp, DIST, lock, machine, ROOT, saveResult, timed, TMP } from "./common";

const scales = (process.env.BENCH_SCALES ?? "1,10,50").split(",").map(Number);

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

/** Milliseconds of Next's own trace span for static generation, more precise than the log line. */
async function traceSpanMs(name: string): Promise<number | undefined> {
  const text = await readFile(path.join(ROOT, DIST, "trace"), "utf8").catch(() => "");
  let total: number | undefined;
  for (const line of text.split("\n").filter(Boolean)) {
    for (const span of JSON.parse(line) as { name: string; duration: number }[]) {
      if (span.name === name) total = (total ?? 0) + span.duration / 1000;
    }
  }
  return total;
}

async function measureScale(scale: number) {
  const contentDir = scale === 1 ? "content" : `${TMP}/content-x${scale}`;
  if (scale !== 1) {
    const made = spawnSync("npx", ["tsx", "bench/make-content.ts", String(scale), contentDir], {
      cwd: ROOT,
      stdio: "inherit",
    });
    if (made.status !== 0) throw new Error(`Could not make ${contentDir}`);
  }
  const checkArgs = ["npm", "run", "-s", "content:check"];
  if (scale !== 1) checkArgs.push("--", `--content=${contentDir}`);
  const check = await timed(checkArgs, {}, 300);
  if (check.status !== 0) throw new Error(`content:check failed:\n${check.output.slice(-4000)}`);
  const checkLine = /Content check passed in ([\d.]+) s: (\d+) files, (\d+) plans/.exec(
    check.output,
  );

  console.log(`${scale}×: next build with CONTENT_DIR=${contentDir}…`);
  const build = await benchBuild(contentDir);
  const generation = staticGeneration(build.output);
  const sitemap = await readFile(path.join(ROOT, DIST, "server/app/sitemap.xml.body"), "utf8");
  return {
    scale,
    contentDir,
    files: Number(checkLine?.[2]),
    plans: Number(checkLine?.[3]),
    contentCheck: {
      command: check.command,
      wallSeconds: check.wallSeconds,
      loadSeconds: Number(checkLine?.[1]),
      maxRssMB: check.maxRssMB,
      treePeakMB: check.treePeakMB,
    },
    nextBuild: {
      command: `NEXT_DIST_DIR=${DIST} CONTENT_DIR=${contentDir} /usr/bin/time -v npx next build`,
      wallSeconds: build.wallSeconds,
      maxRssMB: build.maxRssMB,
      treePeakMB: build.treePeakMB,
      staticGeneration: { ...generation, traceMs: await traceSpanMs("static-generation") },
      sitemapPages: sitemap.match(/<loc>/g)?.length ?? 0,
      msPerPage: Number((generation.ms / generation.pages).toFixed(2)),
    },
  };
}

const started = machine();
await lock();
const results: Awaited<ReturnType<typeof measureScale>>[] = [];
try {
  for (const scale of scales) {
    const result = await measureScale(scale);
    results.push(result);
    console.log(JSON.stringify(result, null, 2));
  }
} finally {
  await cleanUp();
}

// Marginal cost between scales: flat when there is no step that grows faster than the pages.
const marginal = results.slice(1).map((result, index) => {
  const before = results[index]!;
  const pages = result.nextBuild.staticGeneration.pages - before.nextBuild.staticGeneration.pages;
  const ms = result.nextBuild.staticGeneration.ms - before.nextBuild.staticGeneration.ms;
  const checkMs = (result.contentCheck.loadSeconds - before.contentCheck.loadSeconds) * 1000;
  const files = result.files - before.files;
  return {
    from: before.scale,
    to: result.scale,
    msPerExtraPage: Number((ms / pages).toFixed(2)),
    contentCheckMsPerExtraFile: Number((checkMs / files).toFixed(2)),
  };
});
console.log(
  "\nscale  files  pages  check s (load s)  build s  peak MB (largest/tree)  gen ms  ms/page",
);
for (const r of results) {
  const b = r.nextBuild;
  console.log(
    [
      `${r.scale}×`.padEnd(6),
      String(r.files).padEnd(6),
      String(b.staticGeneration.pages).padEnd(6),
      `${r.contentCheck.wallSeconds.toFixed(1)} (${r.contentCheck.loadSeconds})`.padEnd(17),
      b.wallSeconds.toFixed(1).padEnd(8),
      `${b.maxRssMB}/${b.treePeakMB}`.padEnd(23),
      String(Math.round(b.staticGeneration.ms)).padEnd(7),
      b.msPerPage,
    ].join(" "),
  );
}
console.log("marginal:", JSON.stringify(marginal));
console.log(`Saved ${await saveResult("build", { machine: started, results, marginal })}`);
