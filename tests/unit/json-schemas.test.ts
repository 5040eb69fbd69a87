import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  JSON_SCHEMA_DIR,
  jsonSchemaFiles,
  propertiesWithoutDescription,
  serializeJsonSchema,
} from "@/lib/content/json-schemas";
import { classify } from "@/lib/content/kinds";
import { schemaByKind } from "@/lib/content/schemas";

const ROOT = path.resolve(import.meta.dirname, "../..");
const REGENERATE = "run npm run schemas:generate";

describe("the JSON Schemas of frontmatter", () => {
  it("has one schema per kind of content file", () => {
    const files = jsonSchemaFiles();
    expect(files.map((file) => file.kind)).toEqual(Object.keys(schemaByKind));
    expect(files.map((file) => file.fileName)).toEqual(
      Object.keys(schemaByKind).map((kind) => `${kind}.schema.json`),
    );
  });

  it(`matches the committed files in ${JSON_SCHEMA_DIR}/ (if not, ${REGENERATE})`, async () => {
    const dir = path.join(ROOT, JSON_SCHEMA_DIR);
    const committed = await readdir(dir).catch(() => [] as string[]);
    const files = jsonSchemaFiles();
    expect(
      committed.filter((name) => name.endsWith(".schema.json")).sort(),
      `The schema files in ${JSON_SCHEMA_DIR}/ are not one per kind: ${REGENERATE}`,
    ).toEqual(files.map((file) => file.fileName).sort());
    for (const { fileName, schema } of files) {
      const text = await readFile(path.join(dir, fileName), "utf8");
      expect(
        text === (await serializeJsonSchema(schema)),
        `${JSON_SCHEMA_DIR}/${fileName} is out of date with lib/content/schemas/: ${REGENERATE}`,
      ).toBe(true);
    }
  });

  it("describes every property, for the hints editors see while typing", () => {
    for (const { fileName, schema } of jsonSchemaFiles()) {
      expect(
        propertiesWithoutDescription(schema),
        `${fileName}: add .describe("…") to these fields in lib/content/schemas/, then ${REGENERATE}`,
      ).toEqual([]);
    }
  });

  it("finds properties without a description, however deep", () => {
    expect(
      propertiesWithoutDescription({
        properties: {
          a: { description: "ok" },
          b: { type: "string" },
          c: {
            description: "ok",
            items: { properties: { d: {}, e: { description: " " } } },
          },
          f: { description: "ok", anyOf: [{ properties: { g: {} } }] },
        },
      }),
    ).toEqual(["b", "c[].d", "c[].e", "f.g"]);
  });

  it("applies each schema to the files of its kind, as the loader classifies them", () => {
    for (const { kind, glob } of jsonSchemaFiles()) {
      const example = glob.replace("content/", "").replace(/\*/g, "example");
      expect(classify(example)?.kind, glob).toBe(kind);
    }
  });

  it("is what the VS Code settings map to those files", async () => {
    const settings = JSON.parse(
      await readFile(path.join(ROOT, ".vscode/settings.json"), "utf8"),
    ) as { "yaml.schemas"?: Record<string, string | string[]> };
    const mapped = Object.fromEntries(
      Object.entries(settings["yaml.schemas"] ?? {}).map(([schema, globs]) => [
        schema,
        [globs].flat(),
      ]),
    );
    expect(mapped).toEqual(
      Object.fromEntries(
        jsonSchemaFiles().map(({ fileName, glob }) => [`./${JSON_SCHEMA_DIR}/${fileName}`, [glob]]),
      ),
    );
  });

  it("accepts what the zod schema accepts, e.g. a real priority's frontmatter shape", () => {
    const priority = jsonSchemaFiles().find((file) => file.kind === "priority")!.schema as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(priority.required).toEqual(["id", "number", "title"]);
    // Unknown fields are rejected by the check, so editors flag them too.
    expect(priority.additionalProperties).toBe(false);
    expect(Object.keys(priority.properties)).toEqual(Object.keys(schemaByKind.priority.shape));
  });
});
