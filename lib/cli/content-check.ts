/**
 * `npm run content:check [--format=github]`: validates every content file without building the site.
 * Exits 1 when any file has a problem, printing every problem with its file, line and field.
 */
import { formatIssueForGithub, formatIssues } from "@/lib/content/issues";
import { loadContent } from "@/lib/content/load";

const format = process.argv.find((arg) => arg.startsWith("--format="))?.split("=")[1] ?? "text";
if (!["text", "github"].includes(format)) {
  console.error(`Unknown --format=${format}: use --format=text or --format=github.`);
  process.exit(2);
}
const contentDir = process.argv.find((arg) => arg.startsWith("--content="))?.split("=")[1];

const started = performance.now();
const result = await loadContent({ root: process.cwd(), contentDir, includeDrafts: true });
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
