import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fileProxy } from "@/lib/editor/server/file-proxy";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/minimal/content");
const THEME = "content/themes/health.mdx";
const PRIORITY = "content/plans/test-plan/priorities/01-first-priority.mdx";

let root: string;
let server: Server;
let address: string;

/** A request as Decap's proxy backend sends it: the branch with every action's parameters. */
async function post(
  body: string | { action: string; params?: Record<string, unknown> },
  contentType = "application/json; charset=utf-8",
) {
  const json = (request: { action: string; params?: Record<string, unknown> }) =>
    JSON.stringify({ ...request, params: { branch: "main", ...request.params } });
  const response = await fetch(address, {
    method: "POST",
    headers: { "content-type": contentType },
    body: typeof body === "string" ? body : json(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

const save = (file: string, raw: string, extra: Record<string, unknown> = {}) =>
  post({
    action: "persistEntry",
    params: {
      entry: { slug: "x", path: file, raw },
      assets: [],
      options: { commitMessage: "x", useWorkflow: false, status: "draft" },
      ...extra,
    },
  });

const exists = (file: string) =>
  stat(path.join(root, file)).then(
    () => true,
    () => false,
  );

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "file-proxy-"));
  await cp(FIXTURE, path.join(root, "content"), { recursive: true });
  await mkdir(path.join(root, ".git/hooks"), { recursive: true });
  await writeFile(path.join(root, ".git/config"), "[core]\n");
  await mkdir(path.join(root, "app"), { recursive: true });
  await writeFile(path.join(root, "package-lock.json"), "{}\n");
  const app = await fileProxy(root);
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const { port } = server.address() as { port: number };
  address = `http://127.0.0.1:${port}/api/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(root, { recursive: true, force: true });
});

describe("the editor's file proxy: what it reads", () => {
  it("answers the editor's own reads of content files", async () => {
    expect((await post({ action: "info" })).status).toBe(200);
    const entry = await post({ action: "getEntry", params: { path: "content/site.mdx" } });
    expect(entry.json().data).toContain("Test County Council");
    const folder = await post({
      action: "entriesByFolder",
      params: { folder: "content/themes", extension: "mdx", depth: 1 },
    });
    expect(folder.status).toBe(200);
  });

  it.each([
    [".git/config", "the path names a hidden file"],
    ["../../../../etc/passwd", "the path has an empty, '.' or '..' part"],
    ["/etc/passwd", "the path is absolute"],
    ["package-lock.json", "the path is outside content/"],
    [
      "content/%2e%2e/.git/config",
      "the path holds a backslash, a percent sign or a control character",
    ],
  ])("refuses to read %s", async (file, problem) => {
    const answer = await post({ action: "getEntry", params: { path: file } });
    expect(answer.status).toBe(403);
    expect(answer.json().error).toBe(`The editor reads and writes only content files: ${problem}.`);
  });

  it("refuses a listing of any folder but content's, and a list of files with one outside", async () => {
    const listing = await post({
      action: "entriesByFolder",
      params: { folder: ".", extension: "", depth: 100 },
    });
    expect(listing.status).toBe(403);
    const files = await post({
      action: "entriesByFiles",
      params: { files: [{ path: "content/site.mdx" }, { path: ".git/config" }] },
    });
    expect(files.status).toBe(403);
  });
});

describe("the editor's file proxy: what it writes", () => {
  it("writes a content file the check accepts", async () => {
    const raw = "---\nid: health\ntitle: Health\ndescription: Physical and mental health.\n---\n";
    expect((await save(THEME, raw)).status).toBe(200);
    expect(await readFile(path.join(root, THEME), "utf8")).toBe(raw);
  });

  it.each([
    ["app/zz-probe/route.ts", "the path is outside content/"],
    [".git/hooks/pre-commit", "the path names a hidden file"],
    ["content/../app/zz-probe/route.mdx", "the path has an empty, '.' or '..' part"],
    ["content/published-urls.txt", "the path is not a .mdx file in content/"],
  ])("refuses to write %s, and writes nothing", async (file, problem) => {
    const answer = await save(file, "export const GET = () => new Response('pwned')\n");
    expect(answer.status).toBe(403);
    expect(answer.json().error).toBe(`The editor reads and writes only content files: ${problem}.`);
    expect(await exists("app/zz-probe")).toBe(false);
    expect(await exists(".git/hooks/pre-commit")).toBe(false);
  });

  it("refuses uploads and moves with a save, and every other action", async () => {
    const raw = await readFile(path.join(root, THEME), "utf8");
    const upload = await save(THEME, raw, {
      assets: [{ path: "app/x.ts", content: "eA==", encoding: "base64" }],
    });
    expect(upload.status).toBe(403);
    const moved = await save(THEME, raw, {
      entry: { slug: "x", path: THEME, raw, newPath: "app/x.mdx" },
    });
    expect(moved.status).toBe(403);
    for (const action of ["deleteFile", "deleteFiles", "persistMedia", "getMediaFile"]) {
      const answer = await post({ action, params: { path: THEME, paths: [THEME] } });
      expect(answer.status, action).toBe(403);
      expect(answer.json().error).toBe(`The editor does not do “${action}” here.`);
    }
    expect(await exists(THEME)).toBe(true);
    // Decap asks for a single-file entry's media: there are none here, whatever folder it names.
    const media = await post({ action: "getMedia", params: { mediaFolder: "." } });
    expect(media.json()).toEqual([]);
  });

  it("refuses a save the content check would refuse, in the check's words, and writes nothing", async () => {
    const before = await readFile(path.join(root, PRIORITY), "utf8");
    const broken = before.replace("lead: fire-and-rescue-service", "lead: fire-and-rescue");
    const answer = await save(PRIORITY, broken);
    expect(answer.status).toBe(422);
    expect(answer.json().error).toMatchInlineSnapshot(`
      "Not published: nothing was saved, because the content check found a problem.
      Actions → item 1 → Lead service: There is no lead service 'fire-and-rescue'. Did you mean 'fire-and-rescue-service'?
      Change the form and publish again."
    `);
    expect(await readFile(path.join(root, PRIORITY), "utf8")).toBe(before);
  });

  it("answers the problems a save would add when asked first (checkEntry), and writes nothing", async () => {
    const before = await readFile(path.join(root, PRIORITY), "utf8");
    const answer = await post({
      action: "checkEntry",
      params: { path: PRIORITY, raw: before.replace("number: 2\n", "number: 1\n") },
    });
    expect(answer.status).toBe(200);
    const { problems } = answer.json() as { problems: { field: string; message: string }[] };
    expect(problems.map((problem) => [problem.field, problem.message])).toEqual([
      [
        "actions → item 2 → number",
        `The reference TP20-1.1 is already used by ${PRIORITY} (actions → item 1 → number).`,
      ],
    ]);
    expect(await readFile(path.join(root, PRIORITY), "utf8")).toBe(before);
  });
});

describe("the editor's file proxy: requests that are not the editor's", () => {
  it("refuses a body that is not JSON, and a malformed one without a stack trace", async () => {
    const form = await post("action=info", "application/x-www-form-urlencoded");
    expect(form.status).toBe(415);
    const text = await post('{"action":"info"}', "text/plain");
    expect(text.status).toBe(415);
    const malformed = await post("{not json", "application/json");
    expect(malformed.status).toBe(400);
    expect(malformed.text).toBe('{"error":"Bad request."}');
  });
});
