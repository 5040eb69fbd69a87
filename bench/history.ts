/**
 * `npm run bench:history`: what each item's own history (lib/content/item-history/) costs, with the
 * real content and its git history, and at 50× the content (bench/make-content.ts) with a synthetic
 * history of a hundred commits in a repository of its own (bench/.tmp/history-x50):
 *
 * 1. reading the history cold, in a fresh process (bench/history-read.ts), median of BENCH_RUNS (3);
 * 2. `next build` of the same content with its history and without (a copy outside any repository's
 *    history, whose pages then say history is not available): the difference is what the history
 *    adds to a build. Both builds make the same pages, history pages included.
 *
 * The MDX cache is filled first (`content:check --compile`, as `npm run build` does), so both
 * builds compile nothing. The synthetic commits are dated a day apart and each edits one to three
 * priority files: an action's text, a lead, a priority's body, or a major change note.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  benchBuild,
  builtBody,
  cleanUp,
  DIST,
  lock,
  machine,
  ROOT,
  saveResult,
  timed,
  TMP,
} from "./common";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const COMMITS = 100;
const SCALE = 50;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1]!;
}

/** Reads the history of `contentDir` cold, RUNS times, each in a new process. */
function readCold(contentDir: string) {
  const runs = Array.from({ length: RUNS }, () => {
    const out = execFileSync("npx", ["tsx", "bench/history-read.ts", ROOT, contentDir], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number>;
  });
  const totals = runs.map((run) => run.totalMs!);
  const chosen = runs[totals.indexOf(median(totals))]!;
  return { ...chosen, totalsMs: totals };
}

/** A small deterministic random sequence, so every run makes the same history. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

const git = (cwd: string, args: string[], date?: string) =>
  execFileSync("git", ["-c", "commit.gpgsign=false", ...args], {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Bench",
      GIT_AUTHOR_EMAIL: "bench@example.org",
      GIT_COMMITTER_NAME: "Bench",
      GIT_COMMITTER_EMAIL: "bench@example.org",
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });

/** One editor's change to a priority file, keeping it valid. */
function edit(
  text: string,
  kind: number,
  commit: number,
  services: string[],
  pick: (n: number) => number,
) {
  const lines = text.split("\n");
  const fence = lines.indexOf("---", 1);
  const at = (pattern: RegExp) =>
    lines
      .map((line, index) => (index < fence && pattern.test(line) ? index : -1))
      .filter((i) => i >= 0);
  const texts = at(/^    text: /);
  const leads = at(/^    lead: [a-z-]+$/);
  if (kind === 1 && leads.length > 0) {
    const index = leads[pick(leads.length)]!;
    lines[index] = `    lead: ${services[pick(services.length)]}`;
  } else if (kind === 2) {
    lines.push("", `The council revised this priority in change ${commit}.`);
  } else if (texts.length > 0) {
    const index = texts[pick(texts.length)]!;
    const line = lines[index]!;
    lines[index] = line.endsWith('"')
      ? `${line.slice(0, -1)} (revised in change ${commit})"`
      : `${line} (revised in change ${commit})`;
    if (kind === 3) {
      lines.splice(
        index + 1,
        0,
        "    changeNote:",
        `      note: "Revised in change ${commit}."`,
        "      kind: major",
      );
    }
  }
  return lines.join("\n");
}

/** bench/.tmp/history-x50: 50× the content, then 99 dated commits of edits. */
async function syntheticHistory(repo: string) {
  await rm(path.join(ROOT, repo), { recursive: true, force: true });
  const made = spawnSync(
    "npx",
    ["tsx", "bench/make-content.ts", String(SCALE), `${repo}/content`, "history"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (made.status !== 0) throw new Error("make-content failed");
  const root = path.join(ROOT, repo);
  git(root, ["init", "-q", "-b", "main"]);
  git(root, ["add", "-A"]);
  const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 10)).toISOString();
  git(root, ["commit", "-q", "-m", "The plans"], day(0));
  const files = (await readdir(path.join(root, "content"), { recursive: true }))
    .map(String)
    .filter((name) => /^plans\/[^/]+\/priorities\/.+\.mdx$/.test(name))
    .sort();
  const services = (await readdir(path.join(root, "content/services"))).map((n) =>
    n.replace(/\.mdx$/, ""),
  );
  const pick = random(27);
  const noted = new Set<string>();
  for (let commit = 1; commit < COMMITS; commit++) {
    for (let n = 0; n <= pick(3); n++) {
      const file = path.join(root, "content", files[pick(files.length)]!);
      let kind = pick(4);
      // One change note per file in this synthetic history: a second would sit beside the first.
      if (kind === 3 && noted.has(file)) kind = 0;
      if (kind === 3) noted.add(file);
      await writeFile(file, edit(await readFile(file, "utf8"), kind, commit, services, pick));
    }
    git(root, ["commit", "-q", "-am", `Change ${commit}`], day(commit));
  }
  return { files: files.length, commits: COMMITS };
}

async function contentCheck(contentDir: string) {
  const check = await timed(
    ["npm", "run", "-s", "content:check", "--", `--content=${contentDir}`, "--compile"],
    {},
    600,
  );
  if (check.status !== 0) throw new Error(`content:check failed:\n${check.output.slice(-3000)}`);
}

/** `next build` of a content folder: its wall time and the static generation. */
async function build(contentDir: string) {
  const result = await benchBuild(contentDir);
  const line =
    /Generating static pages using (\d+) workers? \((\d+)\/(\d+)\) in ([\d.]+)(ms|s|min)/.exec(
      result.output,
    );
  const unit = { ms: 1, s: 1000, min: 60_000 }[(line?.[5] ?? "ms") as "ms" | "s" | "min"];
  const page = await builtBody("/data/history.json").catch(() => "");
  return {
    command: `NEXT_DIST_DIR=${DIST} CONTENT_DIR=${contentDir} /usr/bin/time -v npx next build`,
    wallSeconds: result.wallSeconds,
    maxRssMB: result.maxRssMB,
    treePeakMB: result.treePeakMB,
    othersBusyBefore: result.othersBusyBefore,
    pages: Number(line?.[3]),
    staticGenerationMs: Number(line?.[4]) * unit,
    historyAvailable: page.includes('"available": true'),
  };
}

/** The same content in a folder git does not track: its build has no history. */
async function withoutHistory(contentDir: string, name: string) {
  const copy = `${TMP}/${name}/content`;
  await rm(path.join(ROOT, TMP, name), { recursive: true, force: true });
  await cp(path.join(ROOT, contentDir), path.join(ROOT, copy), { recursive: true });
  return copy;
}

const MDX_CACHE = path.join(ROOT, "node_modules/.cache/council-mdx");
/** Every file and folder in the MDX cache (it keeps a folder per fingerprint of the compiler). */
const cached = () =>
  new Set(existsSync(MDX_CACHE) ? readdirSync(MDX_CACHE, { recursive: true }).map(String) : []);
const started = machine();
const cachedBefore = cached();
const results: Record<string, Record<string, unknown>> = {};
/** Each result is saved as soon as it is measured, so a failure later loses none of them. */
const save = async () => saveResult("history", { machine: started, results });
await lock();
try {
  const realCopy = await withoutHistory("content", "nohistory-real");
  results.real = {
    read: readCold("content"),
    withHistory: await build("content"),
    withoutHistory: await build(realCopy),
  };
  await save();
  const repo = `${TMP}/history-x50`;
  const made = await syntheticHistory(repo);
  const contentDir = `${repo}/content`;
  await contentCheck(contentDir);
  const copy = await withoutHistory(contentDir, "nohistory-x50");
  results.x50 = { made, read: readCold(contentDir) };
  await save();
  results.x50 = { ...results.x50, withHistory: await build(contentDir) };
  await save();
  results.x50 = { ...results.x50, withoutHistory: await build(copy) };
} finally {
  await cleanUp();
  // The synthetic bodies' compiled code is removed from the MDX cache again.
  for (const name of [...cached()].filter((name) => !cachedBefore.has(name))) {
    await rm(path.join(MDX_CACHE, name), { recursive: true, force: true });
  }
}
console.log(JSON.stringify(results, null, 2));
console.log(`Saved ${await save()}`);
