/**
 * `npm run content:check [--format=github] [--compile]`: validates every content file without
 * building the site. Exits 1 when any file has a problem, printing every problem with its file, line
 * and field. `--compile` also compiles every body for the pages (the build runs it, so its workers
 * find every body compiled in the cache); without it bodies are checked in the same way, faster.
 *
 * package.json runs it with a 64 MB young generation (--max-semi-space-size=64): parsing Markdown
 * makes many short-lived objects, and the default 16 MB spent 1-2 s of a large check collecting
 * them (bench/README.md).
 */
import { formatIssueForGithub, formatIssues } from "@/lib/content/issues";
import { pruneMdxCache } from "@/lib/content/mdx-cache";
import { loadSite } from "@/lib/site/load-site";

const format = process.argv.find((arg) => arg.startsWith("--format="))?.split("=")[1] ?? "text";
if (!["text", "github"].includes(format)) {
  console.error(`Unknown --format=${format}: use --format=text or --format=github.`);
  process.exit(2);
}
const contentDir = process.argv.find((arg) => arg.startsWith("--content="))?.split("=")[1];

const purpose = process.argv.includes("--compile") ? "render" : "check";

const started = performance.now();
const result = await loadSite({ root: process.cwd(), contentDir, includeDrafts: true, purpose });
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (!result.ok) {
  if (format === "github") {
    for (const issue of result.issues) console.log(formatIssueForGithub(issue));
  }
  console.error(formatIssues(result.issues));
  console.error(
    `\nContent check failed in ${seconds} s. Nothing is published until every problem is fixed.`,
  );
  process.exit(1);
}

// After a whole check of the real content every body still in use has been read: the rest of the
// cache is old bodies and old compilers' output.
if (contentDir === undefined) await pruneMdxCache();

const { graph, files } = result;
const priorities = graph.plans.flatMap((plan) => plan.priorities);
const count = (list: readonly unknown[]) => list.length;
console.log(
  `Content check passed in ${seconds} s: ${files.length} files, ${graph.plans.length} plans, ` +
    `${count(priorities)} priorities, ${count(priorities.flatMap((p) => p.objectives))} objectives, ` +
    `${count(priorities.flatMap((p) => p.actions))} actions, ${graph.services.length} services, ` +
    `${graph.themes.length} themes.`,
);
