import { z } from "zod";
import type { EntryKind } from "./kinds";
import { schemaByKind } from "./schemas";

/**
 * JSON Schemas of the frontmatter of each kind of content file, made from the zod schemas (the
 * authority) so editors get completion, descriptions and checks while typing. The zod schemas stay the
 * only place the rules are written: `npm run schemas:generate` rewrites docs/schemas/ from them, and a
 * unit test fails when the committed files are out of date.
 */

/** Where the generated files live, relative to the repository root. */
export const JSON_SCHEMA_DIR = "docs/schemas";

interface KindInfo {
  /** A short name for the kind, shown by editors as the schema's title. */
  title: string;
  /** The files of this kind, as a glob relative to the repository root (for editor settings). */
  glob: string;
  /** Where the files of this kind sit, as README.md and docs/authoring.md write it. */
  layout: string;
}

/** One entry per kind, in the order of `schemaByKind`. */
export const KIND_INFO: Readonly<Record<EntryKind, KindInfo>> = {
  site: { title: "Site", glob: "content/site.mdx", layout: "content/site.mdx" },
  plan: {
    title: "Plan",
    glob: "content/plans/*/plan.mdx",
    layout: "content/plans/<plan>/plan.mdx",
  },
  planTheme: {
    title: "Plan theme",
    glob: "content/plans/*/themes/*.mdx",
    layout: "content/plans/<plan>/themes/<theme>.mdx",
  },
  priority: {
    title: "Priority",
    glob: "content/plans/*/priorities/*.mdx",
    layout: "content/plans/<plan>/priorities/<nn>-<id>.mdx",
  },
  planPage: {
    title: "Plan page",
    glob: "content/plans/*/pages/*.mdx",
    layout: "content/plans/<plan>/pages/<page>.mdx",
  },
  figure: {
    title: "Figure",
    glob: "content/plans/*/figures/*.mdx",
    layout: "content/plans/<plan>/figures/<figure>.mdx",
  },
  service: {
    title: "Lead service",
    glob: "content/services/*.mdx",
    layout: "content/services/<service>.mdx",
  },
  theme: {
    title: "Cross-plan theme",
    glob: "content/themes/*.mdx",
    layout: "content/themes/<theme>.mdx",
  },
  sitePage: {
    title: "Site page",
    glob: "content/pages/*.mdx",
    layout: "content/pages/<page>.mdx",
  },
  status: {
    title: "Progress status",
    glob: "content/statuses/*.mdx",
    layout: "content/statuses/<status>.mdx",
  },
};

export interface JsonSchemaFile {
  kind: EntryKind;
  /** The file name inside JSON_SCHEMA_DIR, e.g. "priority.schema.json". */
  fileName: string;
  /** The content files it applies to, as a glob relative to the repository root. */
  glob: string;
  schema: Record<string, unknown>;
}

/**
 * One JSON Schema per kind of frontmatter, in a stable order (the order of `schemaByKind`). Pure: it
 * reads nothing and writes nothing.
 */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  return (Object.keys(schemaByKind) as EntryKind[]).map((kind) => {
    const info = KIND_INFO[kind];
    // Frontmatter is what editors write, so the schema describes the input side of each zod schema.
    // draft-07 is the JSON Schema version every editor extension understands.
    const { $schema, ...rest } = z.toJSONSchema(schemaByKind[kind], {
      io: "input",
      target: "draft-07",
    }) as Record<string, unknown>;
    return {
      kind,
      fileName: `${kind}.schema.json`,
      glob: info.glob,
      schema: {
        $schema,
        title: `${info.title} frontmatter`,
        description: `The YAML frontmatter of ${info.layout}. Generated from lib/content/schemas/ by npm run schemas:generate: do not edit by hand.`,
        ...rest,
      },
    };
  });
}

/**
 * The text of a schema file: JSON laid out the way Prettier lays it out (the repository is checked with
 * `prettier --check .`), ending with a newline. The same input always gives the same text.
 */
export async function serializeJsonSchema(schema: Record<string, unknown>): Promise<string> {
  // Imported here so that nothing but the generator and its test loads Prettier.
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(`${JSON_SCHEMA_DIR}/schema.json`)) ?? {};
  return prettier.format(JSON.stringify(schema, null, 2), { ...options, parser: "json" });
}

/** Property paths (e.g. "actions[].lead") of every property in a JSON Schema without a description. */
export function propertiesWithoutDescription(schema: unknown, at = ""): string[] {
  if (schema === null || typeof schema !== "object") return [];
  if (Array.isArray(schema))
    return schema.flatMap((item) => propertiesWithoutDescription(item, at));
  const node = schema as Record<string, unknown>;
  const missing: string[] = [];
  const properties = node.properties as Record<string, Record<string, unknown>> | undefined;
  for (const [name, property] of Object.entries(properties ?? {})) {
    const path = at === "" ? name : `${at}.${name}`;
    if (typeof property.description !== "string" || property.description.trim() === "") {
      missing.push(path);
    }
    missing.push(...propertiesWithoutDescription(property, path));
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf", "additionalProperties"]) {
    missing.push(...propertiesWithoutDescription(node[key], key === "items" ? `${at}[]` : at));
  }
  return missing;
}
