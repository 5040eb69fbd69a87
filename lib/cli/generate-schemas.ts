/**
 * `npm run schemas:generate`: writes the JSON Schema of each kind of frontmatter to
 * docs/schemas/<kind>.schema.json, made from the zod schemas in lib/content/schemas/. Run it after
 * changing a schema; a unit test fails while the committed files are out of date.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { JSON_SCHEMA_DIR, jsonSchemaFiles, serializeJsonSchema } from "@/lib/content/json-schemas";

const dir = path.join(process.cwd(), JSON_SCHEMA_DIR);
await mkdir(dir, { recursive: true });

const files = jsonSchemaFiles();
for (const { fileName, schema } of files) {
  await writeFile(path.join(dir, fileName), await serializeJsonSchema(schema));
}

// A kind that no longer exists must not leave its schema behind.
const expected = new Set(files.map((file) => file.fileName));
const stale = (await readdir(dir)).filter(
  (name) => name.endsWith(".schema.json") && !expected.has(name),
);
for (const name of stale) await rm(path.join(dir, name));

console.log(
  `Wrote ${files.length} JSON Schemas to ${JSON_SCHEMA_DIR}/` +
    (stale.length > 0 ? ` and removed ${stale.join(", ")}.` : "."),
);
