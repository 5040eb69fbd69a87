import { existsSync, readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { CONTENT_KINDS } from "@/lib/content/kinds";
import type { ContentTree, PlanTree } from "./decap-config";
import { PLAN_FOLDER_NAMES as PLAN_FOLDERS } from "@/lib/site/editor-entry-address";
import { fromFile } from "./mdx-format";

/** The plans in content/plans/ and which of their folders exist, for the editor's collections. */
const PLAN_FILE = CONTENT_KINDS.plan.place.file;
const SITE_FILE = CONTENT_KINDS.site.place.file;

export async function readContentTree(root = process.cwd()): Promise<ContentTree> {
  const plansDir = path.join(root, "content", "plans");
  const entries = await readdir(plansDir, { withFileTypes: true });
  const plans: PlanTree[] = entries
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(plansDir, entry.name, PLAN_FILE)),
    )
    .map((entry) => {
      const dir = path.join(plansDir, entry.name);
      const data = fromFile(readFileSync(path.join(dir, PLAN_FILE), "utf8"));
      const order = typeof data.order === "number" ? data.order : 0;
      return {
        folder: entry.name,
        title: typeof data.title === "string" ? data.title : entry.name,
        folders: PLAN_FOLDERS.filter((folder) => existsSync(path.join(dir, folder))),
        order,
      };
    })
    .sort((a, b) => a.order - b.order || a.folder.localeCompare(b.folder))
    .map((plan) => ({ folder: plan.folder, title: plan.title, folders: plan.folders }));
  const site = fromFile(readFileSync(path.join(root, "content", SITE_FILE), "utf8"));
  return { plans, siteUrl: typeof site.siteUrl === "string" ? site.siteUrl : undefined };
}
