import type { EntryKind } from "@/lib/content/kinds";
import { urls, withAnchor } from "@/lib/site/urls";

/** A collection as decap-config.ts makes it: a folder of entries, or a list of files. */
interface CollectionLike {
  kind: EntryKind;
  folder?: unknown;
  files?: readonly Record<string, unknown>[];
}

/** The collection's preview settings: for a folder, its own; for files, each file's. */
export function withPreview(collection: CollectionLike, firstPlan: string | undefined) {
  const { kind } = collection;
  if (collection.files) {
    return {
      editor: { preview: true },
      files: collection.files.map((file) => ({
        ...file,
        ...previewSettings(kind, planOf(file.file), firstPlan),
      })),
    };
  }
  return previewSettings(kind, planOf(collection.folder), firstPlan);
}

function planOf(path: unknown): string | undefined {
  return typeof path === "string" ? /^content\/plans\/([^/]+)\//.exec(path)?.[1] : undefined;
}

/**
 * A collection's preview settings for Decap: the pane on (pane.tsx renders it), and Decap's own
 * "View Live" button at the page of the entry, as a template of its fields. The pane's own links
 * are exact for every kind; the template is for kinds whose page is not theirs alone: a figure's
 * goes to its plan's page and a status's to the first plan's progress page.
 */
export function previewSettings(
  kind: EntryKind,
  planFolder: string | undefined,
  firstPlan: string | undefined,
): { editor: { preview: true }; preview_path?: string } {
  const path = livePath(kind, planFolder, firstPlan);
  return { editor: { preview: true }, ...(path === undefined ? {} : { preview_path: path }) };
}

/** Stands for the entry's id in an address made by lib/site/urls.ts, then becomes Decap's template. */
const ID = "__entry_id__";

function livePath(kind: EntryKind, plan: string | undefined, firstPlan: string | undefined) {
  const path = (() => {
    switch (kind) {
      case "site":
        return urls.home();
      case "plan":
      case "figure":
        return plan === undefined ? undefined : urls.plan(plan);
      case "planTheme":
        return plan === undefined
          ? undefined
          : withAnchor(urls.plan(plan), urls.planThemeAnchor(ID));
      case "priority":
      case "planPage":
        return plan === undefined ? undefined : urls.planEntry(plan, ID);
      case "service":
        return urls.service(ID);
      case "theme":
        return urls.theme(ID);
      case "sitePage":
        return urls.sitePage(ID);
      case "status":
        return firstPlan === undefined ? undefined : urls.planProgress(firstPlan);
    }
  })();
  return path?.replace(ID, "{{fields.id}}").replace(/^\//, "");
}
