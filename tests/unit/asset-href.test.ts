import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { assetHref } from "@/lib/site/asset-href";

afterEach(() => vi.restoreAllMocks());

describe("asset addresses", () => {
  it("carry the first 12 hex digits of the SHA-256 of the file's bytes", async () => {
    const bytes = await readFile("public/assets/copy-citation.js");
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
    expect(assetHref("copy-citation.js")).toBe(`/assets/copy-citation.js?v=${hash}`);
  });

  it("name a missing file and the command that makes it", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "no-assets-"));
    vi.spyOn(process, "cwd").mockReturnValue(empty);
    try {
      expect(() => assetHref("search.js")).toThrow(
        `${path.join(empty, "public/assets/search.js")} is missing: run "npm run assets" (npm run build and npm run dev do it).`,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
