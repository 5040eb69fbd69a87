import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diskPathProblem, pathProblem } from "@/lib/editor/server/editable-paths";

describe("the paths the editor may use, as written", () => {
  it.each([
    ["content/site.mdx", "file"],
    ["content/plans/corporate-plan-2018-21/priorities/02-safe-healthy-lives.mdx", "file"],
    ["content/plans/corporate-plan-2018-21/priorities", "folder"],
    ["content", "folder"],
  ] as const)("%s (%s) passes", (relative, use) => {
    expect(pathProblem(relative, use)).toBeUndefined();
  });

  it.each([
    ["../outside.mdx", "the path has an empty, '.' or '..' part"],
    ["content/../app/page.mdx", "the path has an empty, '.' or '..' part"],
    ["content/plans/../../package.json", "the path has an empty, '.' or '..' part"],
    ["./content/site.mdx", "the path has an empty, '.' or '..' part"],
    ["content//site.mdx", "the path has an empty, '.' or '..' part"],
    ["content/", "the path has an empty, '.' or '..' part"],
    ["/etc/passwd", "the path is absolute"],
    ["/work/repo/content/site.mdx", "the path is absolute"],
    [
      "content/%2e%2e/app/route.mdx",
      "the path holds a backslash, a percent sign or a control character",
    ],
    [
      "%2e%2e/%2e%2e/etc/passwd",
      "the path holds a backslash, a percent sign or a control character",
    ],
    [
      "content\\..\\app\\x.mdx",
      "the path holds a backslash, a percent sign or a control character",
    ],
    [
      "content/site.mdx\u0000.png",
      "the path holds a backslash, a percent sign or a control character",
    ],
    [".git/config", "the path names a hidden file"],
    [".git/hooks/pre-commit", "the path names a hidden file"],
    ["content/.git/config.mdx", "the path names a hidden file"],
    ["app/zz-probe/route.ts", "the path is outside content/"],
    ["package-lock.json", "the path is outside content/"],
    ["public/assets/uploads/x.mdx", "the path is outside content/"],
    ["contents/site.mdx", "the path is outside content/"],
    ["content/published-urls.txt", "the path is not a .mdx file in content/"],
    ["content/plans/x/route.ts", "the path is not a .mdx file in content/"],
    ["content", "the path is not a .mdx file in content/"],
    ["", "no path was given"],
  ])("%s is refused: %s", (relative, problem) => {
    expect(pathProblem(relative, "file")).toBe(problem);
  });

  it("refuses anything that is not a string", () => {
    expect(pathProblem(undefined, "file")).toBe("no path was given");
    expect(pathProblem(["content/site.mdx"], "file")).toBe("no path was given");
    expect(pathProblem({ toString: () => "content/site.mdx" }, "folder")).toBe("no path was given");
  });
});

describe("the paths the editor may use, on disk", () => {
  let root: string;
  let outside: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "editable-paths-"));
    outside = await mkdtemp(path.join(os.tmpdir(), "editable-outside-"));
    await mkdir(path.join(root, "content/plans/x"), { recursive: true });
    await mkdir(path.join(root, "app"), { recursive: true });
    await writeFile(path.join(root, "content/site.mdx"), "---\n---\n");
    await writeFile(path.join(outside, "secret.mdx"), "secret");
    // A folder and a file in content/ that lead out of it, and one that leads nowhere.
    await symlink(path.join(root, "app"), path.join(root, "content/plans/code"));
    await symlink(path.join(outside, "secret.mdx"), path.join(root, "content/secret.mdx"));
    await symlink(path.join(root, "app/new.mdx"), path.join(root, "content/dangling.mdx"));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it("passes real files and folders of content/, and new files in them", async () => {
    expect(await diskPathProblem(root, "content/site.mdx", "file")).toBeUndefined();
    expect(await diskPathProblem(root, "content/plans/x/new.mdx", "file")).toBeUndefined();
    expect(await diskPathProblem(root, "content/plans/y/new.mdx", "file")).toBeUndefined();
    expect(await diskPathProblem(root, "content/plans", "folder")).toBeUndefined();
  });

  it.each([
    ["content/plans/code/route.mdx", "file"],
    ["content/plans/code", "folder"],
    ["content/secret.mdx", "file"],
    ["content/dangling.mdx", "file"],
  ] as const)("refuses %s: a symbolic link leads out", async (relative, use) => {
    expect(await diskPathProblem(root, relative, use)).toBe("part of the path is a symbolic link");
  });

  it("refuses everything when content/ itself is a symbolic link", async () => {
    const linked = await mkdtemp(path.join(os.tmpdir(), "editable-linked-"));
    try {
      await symlink(path.join(root, "content"), path.join(linked, "content"));
      expect(await diskPathProblem(linked, "content/site.mdx", "file")).toBe(
        "part of the path is a symbolic link",
      );
    } finally {
      await rm(linked, { recursive: true, force: true });
    }
  });

  it("checks the written form first", async () => {
    expect(await diskPathProblem(root, "content/../app/x.mdx", "file")).toBe(
      "the path has an empty, '.' or '..' part",
    );
  });
});
