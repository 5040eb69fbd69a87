import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/** The content editor is served by `npm run dev` only (lib/editor/server/editor-answers.ts). */
for (const address of ["/admin", "/admin/editor.js", "/admin/index.html"]) {
  test(`the production server answers 404 on the editor's address ${address}`, async ({
    request,
  }) => {
    const response = await request.get(address, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(response.headers()["content-security-policy"]).toContain("script-src 'self';");
    expect(await response.text()).not.toContain("editor-config");
  });
}

test("the production build has no editor route and no editor script", () => {
  const app = path.resolve(import.meta.dirname, "../../.next/server/app");
  expect(existsSync(path.join(app, "admin"))).toBe(false);
  const files = readdirSync(path.resolve(import.meta.dirname, "../../.next/static"), {
    recursive: true,
  }) as string[];
  expect(files.filter((file) => /decap|editor/i.test(file))).toEqual([]);
});
