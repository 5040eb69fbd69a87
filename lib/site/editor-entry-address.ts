import { PLAN_FOLDERS, SITE_FOLDERS, type PlanFolder } from "@/lib/content/kinds";
import { EDITOR_PATH } from "./editor-addresses";

/**
 * The editor's collections are named after the folders of content/: one per folder of every plan
 * (`<plan>-priorities`), one per folder of the site (`services`), and two collections of single
 * files (`site`, `plans`). Names are made here, for the configuration (decap-config.ts) and for
 * links from a content file to its form (the preview's list of problems).
 */

export type { PlanFolder };

/** The folders of each plan the editor has a collection for (the table of kinds). */
export const PLAN_FOLDER_NAMES: readonly PlanFolder[] = PLAN_FOLDERS.map(({ folder }) => folder);

/** The folders of content/ the editor has a collection for, each named as its folder. */
export const SITE_FOLDER_NAMES: readonly string[] = SITE_FOLDERS.map(({ folder }) => folder);

export function planCollectionName(plan: string, folder: PlanFolder): string {
  return `${plan}-${folder}`;
}

/** Where a content file opens in the editor, e.g. "/admin#/collections/services/entries/ict". */
export function editorAddressOf(file: string): string | undefined {
  const entry = collectionEntryOf(file);
  return entry && `${EDITOR_PATH}#/collections/${entry.collection}/entries/${entry.entry}`;
}

function collectionEntryOf(file: string): { collection: string; entry: string } | undefined {
  const parts = file.split("/");
  const name = parts.at(-1)?.replace(/\.mdx$/, "");
  if (parts[0] !== "content" || !name || !file.endsWith(".mdx")) return undefined;
  if (parts.length === 2 && name === "site") return { collection: "site", entry: "site" };
  if (parts.length === 3 && SITE_FOLDER_NAMES.includes(parts[1]!)) {
    return { collection: parts[1]!, entry: name };
  }
  if (parts[1] !== "plans" || parts.length < 4) return undefined;
  const plan = parts[2]!;
  if (parts.length === 4 && name === "plan") return { collection: "plans", entry: plan };
  const folder = parts[3] as PlanFolder;
  if (parts.length === 5 && PLAN_FOLDER_NAMES.includes(folder)) {
    return { collection: planCollectionName(plan, folder), entry: name };
  }
  return undefined;
}
