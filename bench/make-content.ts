/**
 * Synthetic content for the build benchmark: `npx tsx bench/make-content.ts <times> <out dir> <run>`.
 * Copies content/ to <out dir> and clones every plan folder until there are <times> copies of each
 * plan (the original plus times-1 clones). A clone has a new plan id (<id>-copy-<k>), a new
 * reference prefix (XA01, XA02… for the first plan, XB01… for the second), a unique order and
 * title. Services, themes and site pages are kept. Every body, originals included, gets one
 * sentence naming the run, so every body is distinct and new to the loader's MDX cache (it caches
 * compiled MDX by a hash of the body): the first content check then compiles everything.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

const [timesArg = "", outArg = "", run = "bench"] = process.argv.slice(2);
const times = Number(timesArg);
if (!Number.isInteger(times) || times < 1 || times > 100 || !outArg.startsWith("bench/.tmp/")) {
  console.error("Usage: npx tsx bench/make-content.ts <times 1-100> bench/.tmp/<folder> [run]");
  process.exit(2);
}
const root = process.cwd();
const out = path.join(root, outArg);

const mdxUnder = async (folder: string) =>
  (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();

const mark = (text: string, note: string) => `${text.trimEnd()}\n\n${note}\n`;

/** Replaces one top-level frontmatter field (a single line) or fails loudly. */
function setField(text: string, field: string, value: string, file: string): string {
  const pattern = new RegExp(`^${field}: .*$`, "m");
  if (!pattern.test(text)) throw new Error(`${file} has no "${field}:" line`);
  return text.replace(pattern, () => `${field}: ${value}`);
}

await rm(out, { recursive: true, force: true });
await cp(path.join(root, "content"), out, { recursive: true });
for (const name of await mdxUnder(out)) {
  const file = path.join(out, name);
  await writeFile(file, mark(await readFile(file, "utf8"), `Benchmark run ${run}.`));
}

const planIds = (await readdir(path.join(root, "content", "plans"), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let files = 0;
for (const [planIndex, planId] of planIds.entries()) {
  const source = path.join(root, "content", "plans", planId);
  const names = await mdxUnder(source);
  for (let copy = 1; copy < times; copy++) {
    const id = `${planId}-copy-${copy}`;
    const prefix = `X${String.fromCharCode(65 + planIndex)}${String(copy).padStart(2, "0")}`;
    for (const name of names) {
      let text = await readFile(path.join(source, name), "utf8");
      if (name === "plan.mdx") {
        text = setField(text, "id", id, name);
        text = setField(text, "referencePrefix", prefix, name);
        text = setField(text, "order", String(100 + copy * planIds.length + planIndex), name);
        text = text.replace(
          /^title: (.*)$/m,
          (_line, title: string) => `title: ${title} (copy ${copy})`,
        );
      }
      text = mark(text, `Benchmark run ${run}: copy ${copy} of ${planId} (${prefix}).`);
      const target = path.join(out, "plans", id, name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
      files++;
    }
  }
}
console.log(
  `${outArg}: ${times} copies of each of ${planIds.length} plans (${files} files added).`,
);
