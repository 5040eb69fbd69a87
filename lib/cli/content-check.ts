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
import { checkMdx, compileMdx } from "@/lib/content/compile-mdx";
import { formatIssueForGithub, formatIssues } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

const format = process.argv.find((arg) => arg.startsWith("--format="))?.split("=")[1] ?? "text";
if (!["text", "github"].includes(format)) {
  console.error(`Unknown --format=${format}: use --format=text or --format=github.`);
  process.exit(2);
}
const contentDir = process.argv.find((arg) => arg.startsWith("--content="))?.split("=")[1];

const compile = process.argv.includes("--compile") ? compileMdx : checkMdx;

const started = performance.now();
const result = await loadContent({ root: process.cwd(), contentDir, includeDrafts: true, compile });
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

const { graph, files } = result;
const priorities = graph.plans.flatMap((plan) => plan.priorities);
const count = (list: readonly unknown[]) => list.length;
console.log(
  `Content check passed in ${seconds} s: ${files.length} files, ${graph.plans.length} plans, ` +
    `${count(priorities)} priorities, ${count(priorities.flatMap((p) => p.objectives))} objectives, ` +
    `${count(priorities.flatMap((p) => p.actions))} actions, ${graph.services.length} services, ` +
    `${graph.themes.length} themes.`,
);
