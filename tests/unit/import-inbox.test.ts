import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "./sheet-fixture";

/**
 * The script the "Import inbox" workflow runs (.github/workflows/import-inbox.yml), on a fixture
 * pull request: a repository with the real content on main, and a branch that adds sheets under
 * inbox/ as GitHub's "Upload files" would.
 */
let repo: string;

const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: repo, encoding: "utf8" }).trim();

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), "inbox-pr-"));
  await cp(path.join(ROOT, "content"), path.join(repo, "content"), { recursive: true });
  git("init", "--quiet", "--initial-branch=main");
  git("config", "user.name", "Test");
  git("config", "user.email", "test@example.invalid");
  git("add", ".");
  git("commit", "--quiet", "-m", "The content");
});
afterAll(async () => {
  for (const made of [repo, `${repo}-cache`, `${repo}-summary.md`]) {
    await rm(made, { recursive: true, force: true });
  }
});

function importInbox() {
  return runCli("import-inbox.ts", ["--base=main", "--format=github"], {
    cwd: repo,
    env: { COUNCIL_MDX_CACHE_DIR: `${repo}-cache`, GITHUB_STEP_SUMMARY: `${repo}-summary.md` },
  });
}

async function pullRequest(branch: string, sheets: Record<string, string>): Promise<void> {
  git("checkout", "--quiet", "main");
  git("checkout", "--quiet", "-b", branch);
  await mkdir(path.join(repo, "inbox"), { recursive: true });
  for (const [name, text] of Object.entries(sheets)) {
    await writeFile(path.join(repo, "inbox", name), text);
  }
  git("add", "inbox");
  git("commit", "--quiet", "-m", "Upload files");
}

const HEADER = "Reference,Date,Status,Percent done,Summary\n";

describe("the inbox workflow's import", () => {
  it("imports a sheet added under inbox/, commits the content and removes the sheet", async () => {
    await pullRequest("q3-good", {
      "q3.csv": `${HEADER}CP18-1.1,01/10/2026,On track,40%,Going well.\n`,
    });
    const head = git("rev-parse", "HEAD");
    const { code, stdout } = await importInbox();
    expect(code).toBe(0);
    expect(stdout).toContain("Added 1 update to 1 item in 1 file");
    expect(git("rev-parse", "HEAD~1")).toBe(head);
    expect(git("log", "-1", "--format=%s")).toBe("Import inbox/q3.csv: 1 progress update");
    const changed = git("show", "--name-status", "--format=", "HEAD").split("\n").sort();
    expect(changed).toEqual([
      expect.stringMatching(/^D\tinbox\/q3\.csv$/),
      expect.stringMatching(/^M\tcontent\/plans\/corporate-plan-2018-21\/priorities\/.+\.mdx$/),
    ]);
    expect(git("show", "HEAD", "--", "content")).toContain("+        summary: Going well.");
    expect(git("status", "--porcelain", "--", "content", "inbox")).toBe("");
  }, 60_000);

  it("commits nothing when any sheet has a problem, and reports each as an annotation", async () => {
    await pullRequest("q3-bad", {
      "a-good.csv": `${HEADER}CP18-1.2,01/10/2026,On track,,Fine.\n`,
      "b-bad.csv": `${HEADER}CP18-1.3,31/02/2026,"On trak\n::warning::injected",,Fine.\n`,
    });
    const head = git("rev-parse", "HEAD");
    const { code, stdout, stderr } = await importInbox();
    expect(code).toBe(1);
    expect(git("rev-parse", "HEAD")).toBe(head);
    expect(git("status", "--porcelain")).toBe("");
    expect(stdout).toContain(
      "::error file=inbox/b-bad.csv,title=row 2%2C column B (Date)%2C “31/02/2026”%3A There is no 31 February 2026%3A the date does not exist.::",
    );
    expect(stdout).toContain("::error file=inbox/b-bad.csv,title=row 2%2C column C (Status)");
    expect(stdout.split("\n").filter((line) => line.startsWith("::"))).toHaveLength(2);
    expect(stderr).toContain(
      "1 of 2 sheet(s) in inbox/ could not be imported. Nothing was committed.",
    );
    const summary = await readFile(`${repo}-summary.md`, "utf8");
    expect(summary).toContain("## Not imported: the sheets in inbox/");
    expect(summary).toContain(
      "    row 2, column C (Status), “On trak\\n::warning::injected”: There is no status with this name.",
    );
  }, 60_000);

  it("says there is nothing to do when the pull request adds no sheet", async () => {
    git("checkout", "--quiet", "main");
    git("checkout", "--quiet", "-b", "no-sheet");
    const { code, stdout, stderr } = await importInbox();
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("nothing to import");
  }, 30_000);
});
