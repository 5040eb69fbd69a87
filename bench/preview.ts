/**
 * `npm run bench:preview`: how soon a saved content file shows in the running local preview. Starts
 * `next dev` (as `npm run dev` does, on a copy of content/ in bench/.tmp), loads the largest priority
 * page, then BENCH_EDITS times (5) adds a new sentence to the end of that priority's file and times
 * from the moment the file is written to the first response of the page that contains it. Each
 * response is checked: status 200 and the page's h1.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  cleanUp,
  DIST,
  freePort,
  keepingNextFiles,
  lock,
  machine,
  PRIORITY_MARKER,
  PRIORITY_PAGE,
  ROOT,
  saveResult,
  stopServer,
  TMP,
  waitFor,
  waitForQuietMachine,
} from "./common";

const EDITS = Number(process.env.BENCH_EDITS ?? 5);
const CONTENT = `${TMP}/content-preview`;
const PRIORITY_FILE = "plans/corporate-plan-2018-21/priorities/02-safe-healthy-lives.mdx";

for (const asset of ["site.css", "search.js", "search-index.json"]) {
  if (!existsSync(path.join(ROOT, "public/assets", asset))) {
    throw new Error(`public/assets/${asset} is missing: run \`npm run css && npm run assets\`.`);
  }
}

/** GETs the page, checks it, and says whether it holds `text` and how long the request took. */
async function load(url: string, text?: string) {
  const started = performance.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  const html = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || !html.includes(PRIORITY_MARKER)) {
    throw new Error(`${url} answered ${response.status} without the page's heading`);
  }
  return { ms, found: text === undefined || html.includes(text) };
}

await lock();
const started = machine();
try {
  await cp(path.join(ROOT, "content"), path.join(ROOT, CONTENT), { recursive: true });
  const file = path.join(ROOT, CONTENT, PRIORITY_FILE);
  const original = await readFile(file, "utf8");
  const port = await freePort();
  const result = await keepingNextFiles(async () => {
    const child = spawn("npx", ["next", "dev", "--port", String(port), "--hostname", "127.0.0.1"], {
      cwd: ROOT,
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST,
        CONTENT_DIR: CONTENT,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    });
    try {
      const url = `http://127.0.0.1:${port}${PRIORITY_PAGE}`;
      await waitFor(`http://127.0.0.1:${port}/robots.txt`, 180);
      await waitForQuietMachine();
      const firstLoad = await load(url);
      const warm = await load(url);
      console.log(`first load ${Math.round(firstLoad.ms)} ms, then ${Math.round(warm.ms)} ms`);
      const edits = [];
      for (let edit = 1; edit <= EDITS; edit++) {
        const sentence = `Preview benchmark edit ${edit} at ${Date.now()}.`;
        await writeFile(file, `${original.trimEnd()}\n\n${sentence}\n`);
        const saved = performance.now();
        let requests = 0;
        let last;
        do {
          last = await load(url, sentence);
          requests++;
        } while (!last.found && performance.now() - saved < 30_000);
        if (!last.found) throw new Error(`edit ${edit} did not show within 30 s`);
        const ms = Math.round(performance.now() - saved);
        console.log(`edit ${edit}: shown ${ms} ms after the save (${requests} request(s))`);
        edits.push({ ms, requests, lastRequestMs: Math.round(last.ms) });
      }
      return { firstLoadMs: Math.round(firstLoad.ms), warmMs: Math.round(warm.ms), edits };
    } finally {
      await stopServer(child);
    }
  });
  const sorted = result.edits.map((edit) => edit.ms).sort((a, b) => a - b);
  const summary = { medianMs: sorted[sorted.length >> 1], maxMs: sorted.at(-1) };
  console.log(`median ${summary.medianMs} ms, slowest ${summary.maxMs} ms`);
  console.log(
    `Saved ${await saveResult("preview", { machine: started, page: PRIORITY_PAGE, file: PRIORITY_FILE, ...result, ...summary })}`,
  );
} finally {
  await cleanUp();
}
