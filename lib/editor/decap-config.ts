import { CONTENT_KINDS, PLAN_FOLDERS, SITE_FOLDERS, type EntryKind } from "@/lib/content/kinds";
import { planCollectionName, type PlanFolder } from "@/lib/site/editor-entry-address";
import { fieldsOf, type DecapField, type References } from "./fields";
import { EDITOR_LOCALE } from "./phrases";
import { withPreview } from "./preview/collection";
import { FORMAT_NAME, NO_MEDIA_LIBRARY } from "./registrations";

/**
 * The Decap CMS configuration: one collection per folder of content/ (and per plan), every
 * collection's fields made from its kind's zod schema (fields.ts). Pure: the content tree it
 * describes is read by content-tree.ts.
 */

export { FORMAT_NAME };

export type { PlanFolder };

export interface PlanTree {
  /** The plan's folder name under content/plans/. */
  folder: string;
  title: string;
  /** The plan's sub-folders that exist. */
  folders: readonly PlanFolder[];
}

export interface ContentTree {
  plans: readonly PlanTree[];
  /** The residents' site (content/site.mdx), where the hosted editor's "View Live" goes. */
  siteUrl?: string;
}

export interface HostedBackend {
  /** "owner/name" of the repository on GitHub. */
  repo: string;
  branch: string;
  /** Where the council's OAuth client answers (docs/authoring.md, "The hosted editor"). */
  baseUrl: string;
  authEndpoint: string;
}

export type EditorMode = { mode: "local"; proxyUrl: string } | ({ mode: "hosted" } & HostedBackend);

export interface Collection {
  name: string;
  label: string;
  kind: EntryKind;
  [key: string]: unknown;
}

/** Where each id field points, for the collections of one plan. */
function referencesFor(plan: PlanTree | undefined): References {
  const references: Record<string, { collection: string; display: string }> = {
    lead: { collection: "services", display: "name" },
    themes: { collection: "themes", display: "title" },
    status: { collection: "statuses", display: "name" },
  };
  if (plan?.folders.includes("themes"))
    references.planTheme = {
      collection: planCollectionName(plan.folder, "themes"),
      display: "title",
    };
  return references;
}

function folderCollection(
  name: string,
  label: string,
  kind: EntryKind,
  folder: string,
  plan?: PlanTree,
): Collection {
  const { singular, identifier, summary } = CONTENT_KINDS[kind].editor;
  return {
    name,
    label,
    label_singular: singular,
    kind,
    folder,
    extension: "mdx",
    format: FORMAT_NAME,
    // A new priority's file name starts with its number (<nn>-<id>.mdx): copy one instead.
    create: kind !== "priority",
    delete: false,
    slug: "{{fields.id}}",
    identifier_field: identifier,
    summary,
    fields: fieldsOf(kind, referencesFor(plan)),
  };
}

/** Every collection, in the order the editor lists them. */
export function collectionsOf(tree: ContentTree): Collection[] {
  const site: Collection = {
    name: "site",
    label: CONTENT_KINDS.site.editor.label,
    kind: "site",
    format: FORMAT_NAME,
    extension: "mdx",
    files: [
      {
        name: "site",
        label: CONTENT_KINDS.site.editor.singular,
        file: `content/${CONTENT_KINDS.site.place.file}`,
        fields: fieldsOf("site", referencesFor(undefined)),
      },
    ],
  };
  const plans: Collection = {
    name: "plans",
    label: CONTENT_KINDS.plan.editor.label,
    kind: "plan",
    format: FORMAT_NAME,
    extension: "mdx",
    files: tree.plans.map((plan) => ({
      name: plan.folder,
      label: plan.title,
      file: `content/plans/${plan.folder}/${CONTENT_KINDS.plan.place.file}`,
      fields: fieldsOf("plan", referencesFor(plan)),
    })),
  };
  const perPlan = tree.plans.flatMap((plan) =>
    PLAN_FOLDERS.filter(({ folder }) => plan.folders.includes(folder)).map(({ kind, folder }) =>
      folderCollection(
        planCollectionName(plan.folder, folder),
        `${plan.title}: ${CONTENT_KINDS[kind].editor.label}`,
        kind,
        `content/plans/${plan.folder}/${folder}`,
        plan,
      ),
    ),
  );
  const perSite = SITE_FOLDERS.map(({ kind, folder }) =>
    folderCollection(folder, CONTENT_KINDS[kind].editor.label, kind, `content/${folder}`),
  );
  return [site, plans, ...perPlan, ...perSite];
}

/** The whole configuration Decap is started with (`CMS.init({ config })`). */
export function decapConfig(tree: ContentTree, mode: EditorMode): Record<string, unknown> {
  const collections = collectionsOf(tree).map((collection) => {
    const copy: Record<string, unknown> = {
      ...collection,
      ...withPreview(collection, tree.plans[0]?.folder),
    };
    delete copy.kind;
    return copy;
  });
  const common = {
    load_config_file: false,
    // The editor's own words (phrases.ts), and no media library: nothing here stores uploads.
    locale: EDITOR_LOCALE,
    media_library: { name: NO_MEDIA_LIBRARY },
    site_url: (mode.mode === "hosted" && tree.siteUrl) || "/",
    logo_url: undefined,
    collections,
  };
  if (mode.mode === "local") {
    return {
      ...common,
      // The local backend: decap-server writes the working tree; no sign-in, no branches.
      backend: { name: "proxy", proxy_url: mode.proxyUrl, branch: "main" },
    };
  }
  return {
    ...common,
    backend: {
      name: "github",
      repo: mode.repo,
      branch: mode.branch,
      base_url: mode.baseUrl,
      auth_endpoint: mode.authEndpoint,
      squash_merges: true,
      commit_messages: {
        create: "Add {{collection}} “{{slug}}” (in the editor)",
        update: "Change {{collection}} “{{slug}}” (in the editor)",
        delete: "Remove {{collection}} “{{slug}}” (in the editor)",
        uploadMedia: "Upload “{{path}}”",
        deleteMedia: "Delete “{{path}}”",
        openAuthoring: "{{message}}",
      },
    },
    // Every change is a branch and a pull request, with a Draft / In review / Ready state.
    publish_mode: "editorial_workflow",
  };
}

export type { DecapField };
