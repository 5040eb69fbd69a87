/**
 * `npm run content:report [--format=markdown]`: what is still to do before the plans are final.
 * Prints every drafting note, unconfirmed lead and draft entry with its file and line.
 */
import { formatIssues } from "@/lib/content/issues";
import { loadSite } from "@/lib/site/load-site";
import { editorialReport, type ReportSection } from "@/lib/content/report";
import { today } from "@/lib/content/today";

const format = process.argv.find((arg) => arg.startsWith("--format="))?.split("=")[1] ?? "text";
if (!["text", "markdown"].includes(format)) {
  console.error(`Unknown --format=${format}: use --format=text or --format=markdown.`);
  process.exit(2);
}

// The report reads what the check learns of each body; it renders none of them.
const result = await loadSite({ root: process.cwd(), includeDrafts: true, purpose: "check" });
if (!result.ok) {
  console.error(formatIssues(result.issues));
  console.error("\nFix these problems first (npm run content:check).");
  process.exit(1);
}

const sections = editorialReport(result.graph, today());
console.log(format === "markdown" ? asMarkdown(sections) : asText(sections));

function asText(all: ReportSection[]): string {
  return all
    .map((section) =>
      [
        `${section.title} (${section.lines.length})`,
        `  ${section.explanation}`,
        ...section.lines.map((line) => `  ${line.file}:${line.line}  ${line.text}`),
      ].join("\n"),
    )
    .join("\n\n");
}

function asMarkdown(all: ReportSection[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    "## Editorial readiness",
    "",
    ...all.flatMap((section) => [
      `### ${section.title} (${section.lines.length})`,
      "",
      section.explanation,
      "",
      ...(section.lines.length === 0
        ? ["Nothing outstanding."]
        : [
            "| Where | What |",
            "| --- | --- |",
            ...section.lines.map(
              (line) => `| \`${line.file}:${line.line}\` | ${cell(line.text)} |`,
            ),
          ]),
      "",
    ]),
  ].join("\n");
}
