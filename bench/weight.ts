/**
 * `npm run bench:weight`: what a modern browser (Debian's Chromium) loads for the largest priority
 * page, from every response of one page load, against the floor: the same HTML with every <script>
 * removed, with the same CSS. Also the JavaScript loaded by other kinds of content page.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import {
  cleanUp,
  ensureRealBuild,
  lock,
  machine,
  PRIORITY_PAGE,
  saveResult,
  startServer,
  stopServer,
  waitForQuietMachine,
} from "./common";

/** Other kinds of page, to show that none loads the framework's JavaScript. */
const OTHER_PAGES = [
  "/",
  "/plans",
  "/plans/corporate-plan-2018-21",
  "/plans/corporate-plan-2018-21/how-we-work",
  "/plans/strategic-plan-2022-25/climate-emergency",
  "/plans/corporate-plan-2018-21/safe-healthy-lives/actions/1",
  "/search?q=fire",
];
const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

interface Loaded {
  url: string;
  status: number;
  type: string;
  bytes: number;
  gzip: number;
  /** Bytes on the wire as Chromium counted them (headers included), from the DevTools protocol. */
  transferred: number;
  contentEncoding: string | null;
}

await lock();
await ensureRealBuild();
const { origin, child } = await startServer();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
  ],
});

async function load(pathname: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const transferred = new Map<string, number>();
  const urls = new Map<string, string>();
  cdp.on("Network.responseReceived", (event) => urls.set(event.requestId, event.response.url));
  cdp.on("Network.loadingFinished", (event) => {
    const url = urls.get(event.requestId);
    if (url) transferred.set(url, event.encodedDataLength);
  });
  const pending: Promise<Omit<Loaded, "transferred">>[] = [];
  page.on("response", (response) => {
    pending.push(
      response.body().then((body) => ({
        url: response.url().replace(origin, ""),
        status: response.status(),
        type: response.request().resourceType(),
        bytes: body.length,
        gzip: gzip(body),
        contentEncoding: response.headers()["content-encoding"] ?? null,
      })),
    );
  });
  const main = await page.goto(origin + pathname, { waitUntil: "networkidle" });
  const html = (await main?.text()) ?? "";
  const loaded: Loaded[] = (await Promise.all(pending)).map((item) => ({
    ...item,
    transferred: transferred.get(origin + item.url) ?? Number.NaN,
  }));
  await context.close();
  return { html, loaded };
}

try {
  const othersBusyBefore = await waitForQuietMachine();
  const { html, loaded } = await load(PRIORITY_PAGE);
  const sum = (type: string, field: "bytes" | "gzip" | "transferred") =>
    loaded.filter((item) => item.type === type).reduce((total, item) => total + item[field], 0);
  const floorHtml = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const css = { bytes: sum("stylesheet", "bytes"), gzip: sum("stylesheet", "gzip") };
  const js = { bytes: sum("script", "bytes"), gzip: sum("script", "gzip") };
  const page = { bytes: Buffer.byteLength(html), gzip: gzip(html) };
  const floor = { htmlBytes: Buffer.byteLength(floorHtml), htmlGzip: gzip(floorHtml) };
  const floorGzip = floor.htmlGzip + css.gzip;
  const otherGzip = loaded
    .filter((item) => !["document", "stylesheet", "script"].includes(item.type))
    .reduce((total, item) => total + item.gzip, 0);
  const totalGzip = page.gzip + css.gzip + js.gzip;
  const others = [];
  for (const pathname of OTHER_PAGES) {
    const other = await load(pathname);
    const scripts = other.loaded.filter((item) => item.type === "script");
    others.push({
      page: pathname,
      status: other.loaded.find((item) => item.type === "document")?.status,
      htmlGzip: gzip(other.html),
      scripts: scripts.map(({ url, bytes, gzip }) => ({ url, bytes, gzip })),
      frameworkJsGzip: scripts
        .filter((item) => item.url.startsWith("/_next/"))
        .reduce((total, item) => total + item.gzip, 0),
    });
  }
  const result = {
    machine: machine(),
    othersBusyBefore,
    page: PRIORITY_PAGE,
    gzipLevel: 9,
    responses: loaded,
    html: { ...page, ratioToFloorHtml: Number((page.gzip / floor.htmlGzip).toFixed(3)) },
    css: { ...css, ratioToFloor: Number((css.gzip / floorGzip).toFixed(3)) },
    javascript: {
      ...js,
      ratioToFloor: Number((js.gzip / floorGzip).toFixed(3)),
      framework: loaded
        .filter((item) => item.type === "script" && item.url.startsWith("/_next/"))
        .reduce((total, item) => total + item.gzip, 0),
      files: loaded
        .filter((item) => item.type === "script")
        .map(({ url, bytes, gzip }) => ({ url, bytes, gzip })),
    },
    otherResponsesGzip: otherGzip,
    floor: { ...floor, cssGzip: css.gzip, totalGzip: floorGzip },
    total: { gzip: totalGzip, ratioToFloor: Number((totalGzip / floorGzip).toFixed(3)) },
    otherPages: others,
  };
  console.log(`${PRIORITY_PAGE} in Chromium (gzip -9 of each body):`);
  console.table(
    loaded.map(({ url, status, type, bytes, gzip, transferred, contentEncoding }) => ({
      url: url.length > 60 ? `${url.slice(0, 57)}…` : url,
      status,
      type,
      KB: kb(bytes),
      "gzip KB": kb(gzip),
      "wire KB": kb(transferred),
      encoding: contentEncoding ?? "",
    })),
  );
  console.log(
    `HTML ${kb(page.bytes)} KB (${kb(page.gzip)} KB gzip, ${result.html.ratioToFloorHtml}× the script-free HTML); ` +
      `CSS ${kb(css.gzip)} KB gzip; JS ${kb(js.gzip)} KB gzip (framework ${result.javascript.framework} B); ` +
      `floor ${kb(floorGzip)} KB gzip; page ${kb(totalGzip)} KB gzip = ${result.total.ratioToFloor}× the floor.`,
  );
  console.table(
    others.map((other) => ({
      page: other.page,
      status: other.status,
      "HTML gzip KB": kb(other.htmlGzip),
      scripts: other.scripts.map((script) => `${script.url} (${script.gzip} B gzip)`).join(", "),
      "framework JS B": other.frameworkJsGzip,
    })),
  );
  console.log(`Saved ${await saveResult("weight", result)}`);
} finally {
  await browser.close();
  await stopServer(child);
  await cleanUp();
}
