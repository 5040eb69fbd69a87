import type { z } from "zod";
import { figureSchema } from "./schemas/figure";
import { pageSchema } from "./schemas/page";
import { planSchema } from "./schemas/plan";
import { planThemeSchema } from "./schemas/plan-theme";
import { prioritySchema } from "./schemas/priority";
import { serviceSchema } from "./schemas/service";
import { siteSchema } from "./schemas/site";
import { statusSchema } from "./schemas/status";
import { themeSchema } from "./schemas/theme";

/**
 * The one table of the kinds of content file. The folder a file sits in decides its kind, so
 * editors never write the kind by hand. The loader (which file is which kind, and its schema), the
 * JSON Schemas (docs/schemas/) and the editor's collections are all made from this table, so a new
 * kind is one row here.
 */
interface KindDeclaration {
  /** Inside each plan's folder (content/plans/<plan>/) rather than in content/ itself. */
  inPlan: boolean;
  /** Where the entries are: one file, or a folder of one file per entry. */
  place: { file: string } | { folder: string; entryName: string };
  /** The frontmatter's schema. */
  schema: z.ZodType;
  /** A short name for the kind, shown by editors as its schema's title. */
  title: string;
  /** How the editor lists it: the collection's label, one entry's label, and the list line. */
  editor: { label: string; singular: string; identifier: string; summary: string };
}

/** Every kind, in the order the editor lists their collections. */
export const CONTENT_KINDS = {
  site: {
    inPlan: false,
    place: { file: "site.mdx" },
    schema: siteSchema,
    title: "Site",
    editor: {
      label: "Site",
      singular: "The council and the site",
      identifier: "name",
      summary: "{{name}}",
    },
  },
  plan: {
    inPlan: true,
    place: { file: "plan.mdx" },
    schema: planSchema,
    title: "Plan",
    editor: { label: "Plans", singular: "Plan", identifier: "title", summary: "{{title}}" },
  },
  priority: {
    inPlan: true,
    place: { folder: "priorities", entryName: "<nn>-<id>" },
    schema: prioritySchema,
    title: "Priority",
    editor: {
      label: "priorities",
      singular: "Priority",
      identifier: "title",
      summary: "{{number}}. {{title}}",
    },
  },
  planTheme: {
    inPlan: true,
    place: { folder: "themes", entryName: "<theme>" },
    schema: planThemeSchema,
    title: "Plan theme",
    editor: {
      label: "themes",
      singular: "Plan theme",
      identifier: "title",
      summary: "{{order}}. {{title}}",
    },
  },
  planPage: {
    inPlan: true,
    place: { folder: "pages", entryName: "<page>" },
    schema: pageSchema,
    title: "Plan page",
    editor: {
      label: "chapters",
      singular: "Chapter",
      identifier: "title",
      summary: "{{order}}. {{title}}",
    },
  },
  figure: {
    inPlan: true,
    place: { folder: "figures", entryName: "<figure>" },
    schema: figureSchema,
    title: "Figure",
    editor: { label: "figures", singular: "Figure", identifier: "title", summary: "{{title}}" },
  },
  service: {
    inPlan: false,
    place: { folder: "services", entryName: "<service>" },
    schema: serviceSchema,
    title: "Lead service",
    editor: {
      label: "Lead services",
      singular: "Lead service",
      identifier: "name",
      summary: "{{name}}",
    },
  },
  theme: {
    inPlan: false,
    place: { folder: "themes", entryName: "<theme>" },
    schema: themeSchema,
    title: "Cross-plan theme",
    editor: {
      label: "Cross-plan themes",
      singular: "Cross-plan theme",
      identifier: "title",
      summary: "{{title}}",
    },
  },
  status: {
    inPlan: false,
    place: { folder: "statuses", entryName: "<status>" },
    schema: statusSchema,
    title: "Progress status",
    editor: {
      label: "Progress statuses",
      singular: "Status",
      identifier: "name",
      summary: "{{order}}. {{name}}",
    },
  },
  sitePage: {
    inPlan: false,
    place: { folder: "pages", entryName: "<page>" },
    schema: pageSchema,
    title: "Site page",
    editor: {
      label: "Site pages",
      singular: "Site page",
      identifier: "title",
      summary: "{{title}}",
    },
  },
} as const satisfies Record<string, KindDeclaration>;

export type EntryKind = keyof typeof CONTENT_KINDS;

type Kinds = typeof CONTENT_KINDS;

/** The kinds, in the table's order. */
export const ENTRY_KINDS = Object.keys(CONTENT_KINDS) as EntryKind[];

/** The frontmatter schema of each kind of content file. */
export const schemaByKind = Object.fromEntries(
  ENTRY_KINDS.map((kind) => [kind, CONTENT_KINDS[kind].schema]),
) as { readonly [K in EntryKind]: Kinds[K]["schema"] };

export type FrontmatterOf<K extends EntryKind> = z.infer<Kinds[K]["schema"]>;

/** A folder of each plan that holds one file per entry, e.g. "priorities". */
export type PlanFolder = {
  [K in EntryKind]: Kinds[K] extends { inPlan: true; place: { folder: infer F } } ? F : never;
}[EntryKind];

/** A folder of content/ that holds one file per entry, e.g. "services". */
export type SiteFolder = {
  [K in EntryKind]: Kinds[K] extends { inPlan: false; place: { folder: infer F } } ? F : never;
}[EntryKind];

/** The folder-of-entries kinds, in the table's order, with their folders. */
function foldersWhere<F extends string>(inPlan: boolean): { kind: EntryKind; folder: F }[] {
  return ENTRY_KINDS.flatMap((kind) => {
    const declared: KindDeclaration = CONTENT_KINDS[kind];
    return declared.inPlan === inPlan && "folder" in declared.place
      ? [{ kind, folder: declared.place.folder as F }]
      : [];
  });
}

/** Each plan's folders of entries, with the kind each holds, in the editor's order. */
export const PLAN_FOLDERS = foldersWhere<PlanFolder>(true);

/** The folders of content/ of entries, with the kind each holds, in the editor's order. */
export const SITE_FOLDERS = foldersWhere<SiteFolder>(false);

/** A kind's files relative to content/, with `plan` and `entry` standing for the varying parts. */
function pathOf(kind: EntryKind, plan: string, entry: (entryName: string) => string): string {
  const declared: KindDeclaration = CONTENT_KINDS[kind];
  const file =
    "file" in declared.place
      ? declared.place.file
      : `${declared.place.folder}/${entry(declared.place.entryName)}.mdx`;
  return declared.inPlan ? `plans/${plan}/${file}` : file;
}

/** Where the files of a kind sit, as README.md and docs/authoring.md write it. */
export function layoutOf(kind: EntryKind): string {
  return `content/${pathOf(kind, "<plan>", (entryName) => entryName)}`;
}

/** The files of a kind, as a glob relative to the repository root (for editor settings). */
export function globOf(kind: EntryKind): string {
  return `content/${pathOf(kind, "*", () => "*")}`;
}

export const CONTENT_LAYOUT = ENTRY_KINDS.map(layoutOf);

export interface Classified {
  kind: EntryKind;
  /** The plan's folder name, for entries inside content/plans/<plan>/. */
  planFolder?: string;
}

const PATTERNS: readonly [RegExp, EntryKind][] = ENTRY_KINDS.map((kind) => {
  const escaped = pathOf(kind, "\0", () => "\x01").replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const pattern = escaped.replace("\0", "([^/]+)").replace("\x01", "[^/]+");
  return [new RegExp(`^${pattern}$`), kind];
});

/** `relativePath` is relative to the content folder, with forward slashes. */
export function classify(relativePath: string): Classified | undefined {
  for (const [pattern, kind] of PATTERNS) {
    const match = pattern.exec(relativePath);
    if (match) return match[1] ? { kind, planFolder: match[1] } : { kind };
  }
  return undefined;
}
