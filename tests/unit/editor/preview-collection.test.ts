import { describe, expect, it } from "vitest";
import { readContentTree } from "@/lib/editor/content-tree";
import { decapConfig } from "@/lib/editor/decap-config";

const tree = await readContentTree();
const local = decapConfig(tree, { mode: "local", proxyUrl: "http://127.0.0.1:1/api/v1" });
const hosted = decapConfig(tree, {
  mode: "hosted",
  repo: "council/strategy",
  branch: "main",
  baseUrl: "https://auth.example",
  authEndpoint: "auth",
});

type Collection = {
  name: string;
  editor?: { preview?: boolean };
  preview_path?: string;
  files?: { name: string; preview_path?: string }[];
};
const collections = local.collections as Collection[];
const byName = (name: string) => collections.find((collection) => collection.name === name)!;

describe("the editor's preview settings", () => {
  it("has the preview pane on for every collection", () => {
    expect(collections.length).toBeGreaterThan(0);
    for (const collection of collections) expect(collection.editor?.preview).toBe(true);
  });

  it("sends Decap's View Live to the entry's page: this server locally, the site when hosted", () => {
    expect(local.site_url).toBe("/");
    expect(hosted.site_url).toBe("https://strategy.oxfordshire.gov.uk");
    expect(byName("corporate-plan-2018-21-priorities").preview_path).toBe(
      "plans/corporate-plan-2018-21/{{fields.id}}",
    );
    expect(byName("corporate-plan-2018-21-themes").preview_path).toBe(
      "plans/corporate-plan-2018-21#theme-{{fields.id}}",
    );
    expect(byName("services").preview_path).toBe("services/{{fields.id}}");
    expect(byName("themes").preview_path).toBe("themes/{{fields.id}}");
    expect(byName("pages").preview_path).toBe("{{fields.id}}");
    expect(byName("statuses").preview_path).toBe(`plans/${tree.plans[0]!.folder}/progress`);
    expect(byName("plans").files?.map((file) => file.preview_path)).toEqual(
      tree.plans.map((plan) => `plans/${plan.folder}`),
    );
  });
});
