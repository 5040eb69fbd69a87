import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SERVED_TABLE_FILE } from "@/lib/server/served-table";

/**
 * A build with any invalid content fails before any page is written: `next build` itself exits
 * non-zero (not only `npm run build`, which runs the content check first), and no page is output.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const CONTENT = "tests/.tmp-atomic-content";
const DIST = ".next-atomic-test";

afterAll(async () => {
  await rm(path.join(ROOT, CONTENT), { recursive: true, force: true });
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
});

async function filesUnder(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { recursive: true })).map(String);
  } catch {
    return [];
  }
}

describe("atomic publishing", () => {
  it("next build fails on invalid content and writes no page", async () => {
    await rm(path.join(ROOT, CONTENT), { recursive: true, force: true });
    await cp(path.join(ROOT, "tests/fixtures/minimal/content"), path.join(ROOT, CONTENT), {
      recursive: true,
    });
    const broken = path.join(ROOT, CONTENT, "plans/test-plan/priorities/02-second-priority.mdx");
    await mkdir(path.dirname(broken), { recursive: true });
    await writeFile(
      broken,
      "---\nid: second-priority\nnumber: two\ntitle: Broken\nthemes: [health]\n---\n",
    );

    const build = spawnSync("npx", ["next", "build"], {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: CONTENT,
        NEXT_DIST_DIR: DIST,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      encoding: "utf8",
      timeout: 240_000,
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output).not.toBe(0);
    expect(output).toContain(`${CONTENT}/plans/test-plan/priorities/02-second-priority.mdx:3:1`);
    expect(output).toContain("number");

    // Anywhere under server/: with the build adapter (next.config.ts) prerendered answers are
    // written under server/route-cache/, not server/app/.
    const written = await filesUnder(path.join(ROOT, DIST, "server"));
    expect(written.filter((file) => file.endsWith(".body") || file.endsWith(".html"))).toEqual([]);
    expect(existsSync(path.join(ROOT, DIST, SERVED_TABLE_FILE))).toBe(false);
  }, 300_000);
});
