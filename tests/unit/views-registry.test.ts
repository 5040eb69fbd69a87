import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Views are given what their page's kind declares (components/pages/view.ts): none reaches back
 * into the registry for it, so what a page shows cannot drift from what its kind says it has.
 */
const COMPONENTS = path.resolve(import.meta.dirname, "../../components");

describe("views and the page registry", () => {
  it("no component imports the registry", () => {
    const files = (readdirSync(COMPONENTS, { recursive: true }) as string[]).filter((file) =>
      /\.tsx?$/.test(file),
    );
    expect(files.length).toBeGreaterThan(10);
    const reaching = files.filter((file) =>
      /from "[^"]*site\/page-kinds"/.test(readFileSync(path.join(COMPONENTS, file), "utf8")),
    );
    expect(reaching).toEqual([]);
  });
});
