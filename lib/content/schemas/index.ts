import type { z } from "zod";
import type { EntryKind } from "../kinds";
import { figureSchema } from "./figure";
import { pageSchema } from "./page";
import { planSchema } from "./plan";
import { planThemeSchema } from "./plan-theme";
import { prioritySchema } from "./priority";
import { serviceSchema } from "./service";
import { siteSchema } from "./site";
import { statusSchema } from "./status";
import { themeSchema } from "./theme";

/** The frontmatter schema of each kind of content file. */
export const schemaByKind = {
  site: siteSchema,
  plan: planSchema,
  planTheme: planThemeSchema,
  priority: prioritySchema,
  planPage: pageSchema,
  figure: figureSchema,
  service: serviceSchema,
  theme: themeSchema,
  sitePage: pageSchema,
  status: statusSchema,
} as const satisfies Record<EntryKind, z.ZodType>;

export type FrontmatterOf<K extends EntryKind> = z.infer<(typeof schemaByKind)[K]>;
