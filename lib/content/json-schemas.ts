import { z } from "zod";
import { CONTENT_KINDS, ENTRY_KINDS, globOf, layoutOf, type EntryKind } from "./kinds";

/**
 * JSON Schemas of the frontmatter of each kind of content file, made from the zod schemas (the
 * authority) so editors get completion, descriptions and checks while typing. The zod schemas stay the
 * only place the rules are written: `npm run schemas:generate` rewrites docs/schemas/ from them, and a
 * unit test fails when the committed files are out of date.
 */

/** Where the generated files live, relative to the repository root. */
export const JSON_SCHEMA_DIR = "docs/schemas";

export interface JsonSchemaFile {
  kind: EntryKind;
  /** The file name inside JSON_SCHEMA_DIR, e.g. "priority.schema.json". */
  fileName: string;
  /** The content files it applies to, as a glob relative to the repository root. */
  glob: string;
  schema: Record<string, unknown>;
}

/**
 * One JSON Schema per kind of frontmatter, in the order of the table of kinds. Pure: it
 * reads nothing and writes nothing.
 */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  return ENTRY_KINDS.map((kind) => {
    const { schema, title } = CONTENT_KINDS[kind];
    // Frontmatter is what editors write, so the schema describes the input side of each zod schema.
    // draft-07 is the JSON Schema version every editor extension understands.
    const { $schema, ...rest } = z.toJSONSchema(schema, {
      io: "input",
      target: "draft-07",
    }) as Record<string, unknown>;
    return {
      kind,
      fileName: `${kind}.schema.json`,
      glob: globOf(kind),
      schema: {
        $schema,
        title: `${title} frontmatter`,
        description: `The YAML frontmatter of ${layoutOf(kind)}. Generated from lib/content/schemas/ by npm run schemas:generate: do not edit by hand.`,
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
