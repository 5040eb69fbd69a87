/**
 * `npm run content:export-updates -- <plan> [--out=file.csv]`: the sheet a service fills in with
 * a quarter's progress, one row an action or objective, for content:import-updates.
 */
import { writeFile } from "node:fs/promises";
import { formatIssues } from "@/lib/content/issues";
import { didYouMean } from "@/lib/content/nearest";
import { updateTemplate } from "@/lib/content/updates-csv/template";
import { loadSite } from "@/lib/site/load-site";

const planId = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
const out = process.argv.find((arg) => arg.startsWith("--out="))?.slice("--out=".length);
const loaded = await loadSite({ root: process.cwd(), includeDrafts: false, purpose: "check" });
if (!loaded.ok) {
  console.error(formatIssues(loaded.issues));
  process.exit(1);
}
const plans = loaded.graph.plans;
const plan = plans.find((candidate) => candidate.id === planId);
if (!plan) {
  console.error(
    `Name a plan: npm run content:export-updates -- <plan>. ${
      planId
        ? `There is no plan '${planId}'. ${didYouMean(
            planId,
            plans.map((p) => p.id),
          )}`
        : `The plans are: ${plans.map((p) => p.id).join(", ")}.`
    }`,
  );
  process.exit(2);
}
const file = out ?? `${plan.id}-updates.csv`;
await writeFile(file, updateTemplate(plan));
console.log(
  `Wrote ${file}: fill in date, status, percent and summary, then npm run content:import-updates -- ${file}`,
);
