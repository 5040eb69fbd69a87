import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Action, ContentGraph, Objective, Plan, Priority } from "../content/graph";
import type { ContentIssue } from "../content/issues";
import { itemReference } from "../content/references";
import { PAGE_KINDS } from "./page-kinds";
import type { SitePage } from "./pages";
import { PUBLISHED_URLS_NAME, publishedLines, type PublishedLine } from "./published-urls";
import { resolvePath } from "./resolve";

/**
 * Nothing citable is lost by accident. Every address in the record of published addresses
 * (content/published-urls.txt) must still answer, with a page or a redirect, and not be hidden as
 * a draft. A lost priority, objective or action is reported where it was, in plain words, with the
 * ways out: keep it and mark it withdrawn, or say where it went (formerIds, formerNumbers).
 */
export async function checkPublished(
  graph: ContentGraph,
  root: string,
  contentDir: string,
): Promise<ContentIssue[]> {
  const record = `${contentDir}/${PUBLISHED_URLS_NAME}`;
  const text = await readFile(path.join(root, record), "utf8").catch(() => undefined);
  if (text === undefined) return [];
  const lost: PublishedLine[] = [];
  const drafts = new Map<string, ContentIssue>();
  for (const line of publishedLines(text)) {
    const resolution = resolvePath(graph, line.path);
    if (resolution.type === "notFound") lost.push(line);
    else if (resolution.type === "page") {
      const draft = draftIssue(resolution.page, line);
      if (draft && !drafts.has(draft.file)) drafts.set(draft.file, draft);
    }
  }
  return [...lostIssues(graph, record, lost), ...drafts.values()];
}

type Lost =
  | {
      kind: "item";
      line: PublishedLine;
      plan: string;
      priority: string;
      item: ItemKind;
      number: number;
    }
  | { kind: "priority"; line: PublishedLine; plan: string; priority: string }
  | { kind: "other"; line: PublishedLine };

type ItemKind = "action" | "objective";

/** One problem per lost item or address; one per lost priority, whatever of its pages went too. */
function lostIssues(graph: ContentGraph, record: string, lines: PublishedLine[]): ContentIssue[] {
  const gone = new Map<string, LostEntry>();
  const issues: ContentIssue[] = [];
  for (const lost of lines.map(classify)) {
    const plan = lost.kind === "other" ? undefined : findPlan(graph, lost.plan);
    const priority = plan && lost.kind !== "other" ? findPriority(plan, lost.priority) : undefined;
    if (lost.kind === "item" && priority) {
      issues.push(lostItem(priority, lost.item, lost.number, lost.line));
    } else if (lost.kind !== "other" && plan) {
      const key = `${plan.id}/${lost.priority}`;
      const entry = gone.get(key) ?? { plan, id: lost.priority, first: lost.line, items: 0 };
      if (lost.kind === "item") entry.items++;
      gone.set(key, entry);
    } else {
      issues.push(lostAddress(record, lost.line));
    }
  }
  return [...issues, ...[...gone.values()].map((entry) => lostEntry(record, entry))];
}

/** A page of a plan (a priority's, or a chapter's: their addresses look alike) that went. */
interface LostEntry {
  plan: Plan;
  id: string;
  first: PublishedLine;
  /** How many pages of objectives and actions under it went too: then it was a priority. */
  items: number;
}

function classify(line: PublishedLine): Lost {
  const item =
    paramsOf(PAGE_KINDS.action.pattern, line.path) ??
    paramsOf(PAGE_KINDS.objective.pattern, line.path);
  if (item?.plan && item.priority && /^\d+$/.test(item.number ?? "")) {
    const kind: ItemKind = line.path.includes("/actions/") ? "action" : "objective";
    return {
      kind: "item",
      line,
      plan: item.plan,
      priority: item.priority,
      item: kind,
      number: Number(item.number),
    };
  }
  const priority = paramsOf(PAGE_KINDS.priority.pattern, line.path);
  if (priority?.plan && priority.priority) {
    return { kind: "priority", line, plan: priority.plan, priority: priority.priority };
  }
  return { kind: "other", line };
}

/** The parameters of a path that fits a pattern such as "/plans/:plan/:priority". */
function paramsOf(pattern: string, address: string): Record<string, string> | undefined {
  const want = pattern.split("/");
  const have = address.split("/");
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const value = have[index]!;
    if (part.startsWith(":")) params[part.slice(1)] = safeDecode(value);
    else if (part !== value) return undefined;
  }
  return params;
}

function findPlan(graph: ContentGraph, id: string): Plan | undefined {
  return graph.plans.find((plan) => plan.id === id || plan.formerIds.includes(id));
}

function findPriority(plan: Plan, id: string): Priority | undefined {
  return plan.priorities.find((priority) => priority.id === id || priority.formerIds.includes(id));
}

function lostItem(
  priority: Priority,
  kind: ItemKind,
  number: number,
  line: PublishedLine,
): ContentIssue {
  const reference = itemReference(priority.plan.referencePrefix, priority.number, number);
  const name = `${kind === "action" ? "Action" : "Objective"} ${number} (${reference})`;
  return {
    file: priority.file,
    line: whereItWas(kind === "action" ? priority.actions : priority.objectives, number),
    column: 1,
    field: `${kind}s`,
    message: `${name} is no longer in this priority, but its page has been published at ${line.path}: councillors may have cited it, so it must stay.`,
    expected: `${kind} ${number}, kept in this priority`,
    found: `no ${kind} ${number}`,
    hint: `Put ${kind} ${number} back. If the council no longer pursues it, fill in Withdrawn (withdrawn) with the date and the reason: its page then says so. If it was renumbered, add ${number} to the Earlier numbers (formerNumbers) of its new number.`,
  };
}

/**
 * Where a lost item was, as near as the file says now: at the first item after it in the file
 * with a higher number (which took its place, or is the one renumbered from it), else after the
 * last one.
 */
function whereItWas(items: readonly (Action | Objective)[], number: number): number {
  const next = items.find((item) => item.number > number) ?? items.at(-1);
  return next?.line ?? 1;
}

function lostEntry(record: string, { plan, id, first, items }: LostEntry): ContentIssue {
  const renamed = plan.priorities.find((priority) => priority.file.endsWith(`-${id}.mdx`));
  const pages = items > 0 ? ` (and the pages of ${items} of its objectives and actions)` : "";
  if (renamed) {
    return {
      file: renamed.file,
      line: 1,
      column: 1,
      field: "id",
      message: `This priority was published as '${id}' at ${first.path}${pages}, but its id is now '${renamed.id}': the old addresses would stop working.`,
      expected: `'${id}' in the Earlier web addresses (formerIds)`,
      found:
        renamed.formerIds.length > 0
          ? `formerIds: ${renamed.formerIds.join(", ")}`
          : "no formerIds",
      hint: `Add '${id}' to the Earlier web addresses (formerIds), so every old address leads to this priority.`,
    };
  }
  const what = items > 0 ? "priority" : "priority or chapter";
  return {
    file: record,
    line: first.line,
    column: 1,
    message: `The ${what} '${id}' of the ${plan.title} is no longer in the content, but its page has been published at ${first.path}${pages}: councillors may have cited it, so it must stay.`,
    expected: `an entry whose web address ends in '${id}' (or with '${id}' in its Earlier web addresses, formerIds)`,
    found: "none",
    hint: `Put its file back. If the council no longer pursues a priority, fill in Withdrawn (withdrawn) with the date and the reason: its page then says so. If it was renamed, add '${id}' to the Earlier web addresses (formerIds) of the entry that replaces it.`,
  };
}

function lostAddress(record: string, line: PublishedLine): ContentIssue {
  return {
    file: record,
    line: line.line,
    column: 1,
    message: `The address ${line.path} has been published, but no page answers it now.`,
    expected: "a page, or a redirect from an old id",
    found: "Page not found",
    hint: "Put back the entry it was the page of, or add the end of the old address to the Earlier web addresses (formerIds) of the entry that replaces it. Never remove a line of this file: published addresses must keep working.",
  };
}

/** A published page whose entry is now marked as a draft: it would go from the site. */
function draftIssue(page: SitePage, line: PublishedLine): ContentIssue | undefined {
  const entry = draftEntryOf(page);
  if (!entry) return undefined;
  return {
    file: entry.file,
    line: 1,
    column: 1,
    field: "draft",
    message: `This page has been published at ${line.path}, but Draft (draft: true) would take it off the site.`,
    expected: "not a draft",
    found: "draft: true",
    hint: entry.withdrawable
      ? "Turn Draft off (remove draft: true). If the council no longer pursues it, fill in Withdrawn (withdrawn) instead, with the date and the reason: the page stays and says so."
      : "Turn Draft off (remove draft: true): a published page must keep answering.",
  };
}

function draftEntryOf(page: SitePage): { file: string; withdrawable: boolean } | undefined {
  const priority =
    page.kind === "priority"
      ? page.params.priority
      : page.kind === "action"
        ? page.params.action.priority
        : page.kind === "objective"
          ? page.params.objective.priority
          : undefined;
  if (priority?.draft) return { file: priority.file, withdrawable: true };
  const own = page.kind === "chapter" || page.kind === "sitePage" ? page.params.page : undefined;
  return own?.draft ? { file: own.file, withdrawable: false } : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
