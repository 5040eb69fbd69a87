import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { ContentGraph } from "@/lib/content";
import { readContentHistory, type ContentHistory } from "@/lib/content/history";
import { renderView, siteIndex } from "@/lib/render/respond";
import type { BuildFacts } from "@/lib/site/build-facts";
import { loadSite } from "@/lib/site/load-site";
import type { DataKind } from "@/lib/site/page-kind";
import { allPages, htmlPages, kindOf } from "@/lib/site/pages";
import { resolvePath, type Resolution } from "@/lib/site/resolve";
import { testFacts } from "./build-facts-fixture";

const MINIMAL = path.resolve(import.meta.dirname, "../fixtures/minimal");
const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A temporary folder, removed after the file's tests. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * A git repository holding a copy of the minimal fixture, whose history a test makes commit by
 * commit, each with its own date, as an editor's pull requests would.
 */
export class HistoryRepo {
  private constructor(readonly root: string) {}

  static async create(): Promise<HistoryRepo> {
    const root = await tempDir("history-repo-");
    await cp(MINIMAL, root, { recursive: true });
    const repo = new HistoryRepo(root);
    repo.git("init", "-q", "-b", "main");
    return repo;
  }

  /** Runs git in the repository as its editor, on `date` (ISO) where one is given. */
  git(...args: string[]): string;
  git(options: { date: string }, ...args: string[]): string;
  git(...given: [{ date: string } | string, ...string[]]): string {
    const [first, ...rest] = given;
    const date = typeof first === "object" ? first.date : undefined;
    const args = typeof first === "object" ? rest : [first, ...rest];
    return execFileSync("git", ["-c", "commit.gpgsign=false", ...args], {
      cwd: this.root,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Editor",
        GIT_AUTHOR_EMAIL: "editor@example.org",
        GIT_COMMITTER_NAME: "Editor",
        GIT_COMMITTER_EMAIL: "editor@example.org",
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
  }

  /** Writes (or with null removes) files inside content/ and commits them on `date` (ISO). */
  async commit(
    date: string,
    files: Record<string, string | null>,
    message = "Change",
  ): Promise<void> {
    for (const [name, text] of Object.entries(files)) {
      const target = path.join(this.root, "content", name);
      if (text === null) await rm(target);
      else {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, text);
      }
    }
    this.git("add", "-A");
    this.git({ date }, "commit", "-q", "--allow-empty", "-m", message);
  }
}

/** A copy of the site built as the build would: its content graph and its facts. */
export interface BuiltCopy {
  graph: ContentGraph;
  facts: BuildFacts;
}

export async function build(root: string, today = "2026-12-01"): Promise<BuiltCopy> {
  const result = await loadSite({ root, includeDrafts: false, purpose: "render", today });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return { graph: result.graph, facts: factsOf(readContentHistory(root), today) };
}

export function factsOf(history: ContentHistory, today = "2026-12-01"): BuildFacts {
  return testFacts(history, today);
}

/** The HTML of a prerendered page. */
export function pageHtml({ graph, facts }: BuiltCopy, path: string): string {
  const page = htmlPages(graph).find((candidate) => candidate.path === path);
  if (!page) throw new Error(`no page at ${path}`);
  return renderToStaticMarkup(renderView(graph, page, new URLSearchParams(), facts));
}

/** What an address answers on `today`, and for a page rendered per request, its HTML. */
export function answer(
  { graph, facts }: BuiltCopy,
  path: string,
  today = facts.today,
): { resolution: Resolution; html?: string } {
  const resolution = resolvePath(graph, path, {
    history: () => facts.history,
    today: () => today,
  });
  if (resolution.type !== "page" || kindOf(resolution.page.kind).format !== "html") {
    return { resolution };
  }
  const page = resolution.page as Parameters<typeof renderView>[1];
  return {
    resolution,
    html: renderToStaticMarkup(renderView(graph, page, new URLSearchParams(), facts)),
  };
}

/** The body of a data file (a feed, the open data). */
export function fileText({ graph, facts }: BuiltCopy, path: string): string {
  const page = allPages(graph).find((candidate) => candidate.path === path);
  if (!page) throw new Error(`no file at ${path}`);
  const kind = kindOf(page.kind) as DataKind<unknown>;
  return kind.render(siteIndex(graph, facts), page.params);
}

/** Every page and file the build would write, rendered: what `next build` does for each. */
export function renderEverything(copy: BuiltCopy): number {
  let count = 0;
  for (const page of allPages(copy.graph)) {
    const kind = kindOf(page.kind);
    if (kind.format === "html") pageHtml(copy, page.path);
    if (kind.format === "data") fileText(copy, page.path);
    count += 1;
  }
  return count;
}
