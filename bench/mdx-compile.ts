/**
 * `npm run bench:mdx`: what compiling a body costs. Compiles every body of content/ (5 times, each
 * copy made distinct) with @mdx-js/mdx's compile as the loader does (eight at a time; no
 * esbuild bundling: bodies may not import anything, so nothing needs bundling) and one at a time,
 * with only the parse and remark plugins that `npm run content:check` runs (checkMdx), and with
 * mdx-bundler's bundleMDX (which runs the same compile inside an esbuild build), and prints
 * milliseconds per body.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { compile } from "@mdx-js/mdx";
import { bundleMDX } from "mdx-bundler";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { mapLimited } from "../lib/content/map-limited";
import { remarkCouncilMarkdown } from "../lib/content/markdown-dialect";
import { lock, machine, ROOT, saveResult, waitForQuietMachine } from "./common";

const COPIES = 5;
const folder = path.join(ROOT, "content");
const names = (await readdir(folder, { recursive: true }))
  .map(String)
  .filter((name) => name.endsWith(".mdx"));
const bodies: string[] = [];
for (const name of names) {
  const text = await readFile(path.join(folder, name), "utf8");
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "");
  for (let copy = 0; copy < COPIES; copy++) bodies.push(`${body}\n\nCopy ${copy} of ${name}.\n`);
}

const bundle = (body: string) =>
  bundleMDX({
    source: body,
    mdxOptions(options) {
      options.remarkPlugins = [remarkCouncilMarkdown, ...(options.remarkPlugins ?? [])];
      return options;
    },
  });
/** What checkMdx runs (lib/content/compile-mdx.ts): parse and the remark plugins, no code generation. */
const checkOnly = async (body: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCouncilMarkdown);
  await processor.run(processor.parse(body));
};
const compileOnly = (body: string) =>
  compile(body, { remarkPlugins: [remarkCouncilMarkdown], outputFormat: "function-body" });

async function time(label: string, work: () => Promise<unknown>) {
  await waitForQuietMachine();
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  const perBody = Number((ms / bodies.length).toFixed(2));
  console.log(`${label}: ${Math.round(ms)} ms for ${bodies.length} bodies, ${perBody} ms a body`);
  return { label, ms: Math.round(ms), perBody };
}

await lock();
await bundle(bodies[0]!); // load esbuild and the plugins once
await compileOnly(bodies[0]!);
await checkOnly(bodies[0]!);
const results = [
  await time("@mdx-js/mdx compile, eight at a time (as lib/content/load.ts does)", () =>
    mapLimited(bodies, 8, compileOnly),
  ),
  await time("@mdx-js/mdx compile, one at a time", async () => {
    for (const body of bodies) await compileOnly(body);
  }),
  await time("parse and remark plugins only (as checkMdx does), one at a time", async () => {
    for (const body of bodies) await checkOnly(body);
  }),
  await time("mdx-bundler bundleMDX, all at once", () => Promise.all(bodies.map(bundle))),
  await time("mdx-bundler bundleMDX, one at a time", async () => {
    for (const body of bodies) await bundle(body);
  }),
];
console.log(`Saved ${await saveResult("mdx-compile", { machine: machine(), results })}`);
