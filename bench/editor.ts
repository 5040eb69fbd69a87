/**
 * `npm run bench:editor`: the content editor as an officer meets it, in `npm run dev` (on loopback,
 * its file proxy in the same server, the script built ahead as it starts) and as the hosted
 * editor (`npm run editor:build`, served as static files). In Debian's Chromium, each measured in
 * the page itself:
 *
 * - the script's size, and what the first load of /admin transfers;
 * - the first load of the editor to a usable editor (its sign-in button on the page), in a fresh
 *   browser (BENCH_RUNS times, 5), and again in the same browser (the script cached);
 * - the first preview of the largest priority: the form drawn (its action's label on the page), the
 *   preview's chunk and the snapshot arrived, the page in the pane;
 * - keystroke to pane: a character typed in an action's text, and in the body, until the pane's
 *   page shows it (the next animation frame after it does), BENCH_KEYS times (20) each.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { devEditor, DEV_EDITOR_DIR } from "../lib/editor/dev-editor";
import { CHROMIUM } from "../tests/chromium";
import {
  cleanUp,
  DIST,
  freePort,
  keepingNextFiles,
  lock,
  machine,
  PRIORITY_MARKER,
  ROOT,
  saveResult,
  stopServer,
  TMP,
  waitFor,
  waitForQuietMachine,
} from "./common";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEYS = Number(process.env.BENCH_KEYS ?? 20);
const PRIORITY = {
  collection: "corporate-plan-2018-21-priorities",
  entry: "02-safe-healthy-lives",
  item: "3. Review our local safeguarding",
};
const HOSTED_DIST = `${TMP}/editor-dist`;
const PANE = 'iframe[title="Preview of the page"]';

const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => Math.round(bytes / 1024);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const summary = (values: number[]) => ({
  medianMs: Math.round(median(values)),
  maxMs: Math.round(Math.max(...values)),
  allMs: values.map(Math.round),
});

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

/** Bytes of the editor's own files: its script, the other files it is made of, the snapshot. */
async function sizes(folder: string, script: string, snapshot?: string) {
  const bytes = async (name: string) => readFile(path.join(folder, name));
  const main = await bytes(script);
  const result: Record<string, { kb: number; gzipKb: number }> = {
    script: { kb: kb(main.length), gzipKb: kb(gzip(main)) },
  };
  if (snapshot) {
    const data = await bytes(snapshot);
    result.snapshot = { kb: kb(data.length), gzipKb: kb(gzip(data)) };
  }
  return result;
}

/** A fresh browser page that counts the bytes of every script it loads. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    scripts.set(response.url(), body.length);
  });
  return { context, page, scripts };
}

/** Milliseconds from the start of navigation until the sign-in button is on the page. */
async function untilUsable(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(
    () =>
      [...document.querySelectorAll("button")].some((button) =>
        /^(Open the editor|Login)/.test(button.textContent ?? ""),
      ) && performance.now(),
    undefined,
    { polling: "raf", timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function firstLoads(browser: Browser, url: string) {
  const fresh: number[] = [];
  const cached: number[] = [];
  let scriptKb = 0;
  for (let run = 0; run < RUNS; run++) {
    await waitForQuietMachine();
    const { context, page, scripts } = await freshPage(browser);
    fresh.push(await untilUsable(page, url));
    scriptKb = kb([...scripts.values()].reduce((sum, bytes) => sum + bytes, 0));
    cached.push(await untilUsable(page, url));
    await context.close();
  }
  return { fresh: summary(fresh), cachedScript: summary(cached), scriptsLoadedKb: scriptKb };
}

/**
 * Types one character at a time; each, the time from its keydown to the pane showing it. A "Q" is
 * typed first, unmeasured, so that what each keystroke makes is found nowhere else on the page.
 */
async function keystrokes(page: Page, paneId: string, letters: string): Promise<number[]> {
  await page.evaluate(() => {
    const bench = window as unknown as { keyDownAt: number };
    document.addEventListener("keydown", () => (bench.keyDownAt = performance.now()), true);
  });
  const times: number[] = [];
  let typed = "Q";
  await page.keyboard.press("Q");
  for (const letter of letters) {
    typed += letter;
    await page.keyboard.press(letter);
    const handle = await page.waitForFunction(
      ([id, expected]) => {
        // The page in the pane: Decap's preview frame, then the pane's own frame.
        const outer = document.querySelector<HTMLIFrameElement>("#preview-pane");
        const inner = outer?.contentDocument?.querySelector<HTMLIFrameElement>(
          'iframe[title="Preview of the page"]',
        );
        const text = inner?.contentDocument?.getElementById(id!)?.textContent ?? "";
        return (
          text.includes(expected!) &&
          performance.now() - (window as unknown as { keyDownAt: number }).keyDownAt
        );
      },
      [paneId, typed],
      { polling: "raf", timeout: 30_000 },
    );
    times.push((await handle.jsonValue()) as number);
  }
  return times;
}

async function previewOf(browser: Browser, admin: string) {
  const { context, page, scripts } = await freshPage(browser);
  await untilUsable(page, admin);
  await page.getByRole("button", { name: "Open the editor" }).click();
  const before = new Set(scripts.keys());
  const opened = performance.now();
  // The form is drawn in the same commit as Decap's preview frame: noted when that frame appears.
  const openedInPage = await page.evaluate(() => {
    const bench = window as unknown as { formDrawnAt?: number };
    new MutationObserver((_, observer) => {
      if (!document.getElementById("preview-pane")) return;
      bench.formDrawnAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
    return performance.now();
  });
  await page.goto(`${admin}#/collections/${PRIORITY.collection}/entries/${PRIORITY.entry}`);
  const pane = page.frameLocator("#preview-pane").frameLocator(PANE);
  await pane.getByRole("heading", { level: 1, name: PRIORITY_MARKER }).waitFor({ timeout: 60_000 });
  const firstPreviewMs = Math.round(performance.now() - opened);
  const previewScriptsKb = kb(
    [...scripts].filter(([url]) => !before.has(url)).reduce((sum, [, bytes]) => sum + bytes, 0),
  );
  // When the preview's chunk and the snapshot arrived, from opening the entry (negative: loaded
  // ahead, main.ts); the preview chunk is the one script that is not the editor's first.
  const formDrawnMs = await page.evaluate(
    ([start]) => Math.round((window as unknown as { formDrawnAt: number }).formDrawnAt - start!),
    [openedInPage],
  );
  const arrivals = await page.evaluate(
    ([start]) =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => /\/(chunk-[^/]*\.js|snapshot[^/]*\.json)$/.test(entry.name))
        .map((entry) => ({
          file: entry.name.split("/").pop()!,
          endMs: Math.round((entry as PerformanceResourceTiming).responseEnd - start!),
        })),
    [openedInPage],
  );
  const label = page.locator(
    `xpath=//div[contains(@class,"NestedObjectLabel")][starts-with(normalize-space(.),${JSON.stringify(PRIORITY.item)})]`,
  );
  await label.locator("xpath=..").locator("button").first().click();
  const text = label.locator("xpath=..").getByLabel("Text", { exact: true });
  await text.click();
  await text.press("End");
  await waitForQuietMachine();
  const action = await keystrokes(page, "action-3", "abcdefghijklmnopqrstuvwxyz".slice(0, KEYS));

  await page.locator('[aria-label="markdown field"]').getByRole("textbox").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await waitForQuietMachine();
  const bodyKeys = await keystrokes(
    page,
    "main-content",
    "zyxwvutsrqponmlkjihgfedcba".slice(0, KEYS),
  );
  await context.close();
  return {
    formDrawnMs,
    firstPreviewMs,
    previewScriptsKb,
    arrivals,
    keystrokeToPane: { actionText: summary(action), body: summary(bodyKeys) },
  };
}

await lock();
const started = machine();
const children: ChildProcess[] = [];
try {
  for (const asset of ["site.css", "search.js", "search-index.json"]) {
    await stat(path.join(ROOT, "public/assets", asset)).catch(() => {
      throw new Error(`public/assets/${asset} is missing: run \`npm run css && npm run assets\`.`);
    });
  }
  await waitForQuietMachine();
  const buildStarted = performance.now();
  await rm(path.join(ROOT, DEV_EDITOR_DIR), { recursive: true, force: true });
  const build = await devEditor(ROOT);
  const buildMs = Math.round(performance.now() - buildStarted);
  console.log(`editor built ahead in ${buildMs} ms: ${build.script}`);

  const hostedPort = await freePort();
  const hostedBuild = spawn("npm", ["run", "-s", "editor:build"], {
    cwd: ROOT,
    env: {
      ...process.env,
      EDITOR_GITHUB_REPO: "council/strategy",
      EDITOR_OAUTH_BASE_URL: "https://auth.invalid",
      EDITOR_OUT_DIR: HOSTED_DIST,
    },
    stdio: "inherit",
  });
  if ((await new Promise((resolve) => hostedBuild.on("exit", resolve))) !== 0) {
    throw new Error("npm run editor:build failed");
  }
  const index = await readFile(path.join(ROOT, HOSTED_DIST, "index.html"), "utf8");
  const hostedScript = /src="(editor-[A-Z0-9]+\.js)"/.exec(index)![1]!;
  const snapshot = /"snapshot":"(snapshot-[0-9a-f]+\.json)"/.exec(index)![1]!;
  children.push(
    start("npx", ["tsx", "tests/editor/static-server.ts", HOSTED_DIST, String(hostedPort)], {}),
  );

  const appPort = await freePort();
  const result = await keepingNextFiles(async () => {
    children.push(start("npm", ["run", "dev"], { NEXT_DIST_DIR: DIST, PORT: String(appPort) }));
    const origin = `http://127.0.0.1:${appPort}`;
    await waitFor(`${origin}/robots.txt`, 180);
    await waitFor(`http://127.0.0.1:${hostedPort}/`, 60);
    const browser = await chromium.launch(CHROMIUM);
    try {
      // The first request after the server starts compiles the route: once, not an officer's wait.
      const { context, page } = await freshPage(browser);
      const serverFirstMs = Math.round(await untilUsable(page, `${origin}/admin`));
      await context.close();
      const dev = { serverFirstMs, ...(await firstLoads(browser, `${origin}/admin`)) };
      console.log("npm run dev:", JSON.stringify(dev));
      const hosted = await firstLoads(browser, `http://127.0.0.1:${hostedPort}/`);
      console.log("hosted:", JSON.stringify(hosted));
      const preview = await previewOf(browser, `${origin}/admin`);
      console.log("preview:", JSON.stringify(preview));
      return { dev, hosted, preview };
    } finally {
      await browser.close();
    }
  });
  const files = {
    dev: await sizes(path.join(ROOT, DEV_EDITOR_DIR), build.script),
    hosted: await sizes(path.join(ROOT, HOSTED_DIST), hostedScript, snapshot),
  };
  console.log(
    `Saved ${await saveResult("editor", { machine: started, buildMs, files, ...result })}`,
  );
} finally {
  for (const child of children) await stopServer(child);
  await cleanUp();
}
