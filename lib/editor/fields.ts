import { z } from "zod";
import type { EntryKind } from "@/lib/content/kinds";
import { schemaByKind } from "@/lib/content/schemas";
import { isoDateSchema } from "@/lib/content/schemas/progress";
import { BODY_FIELD, type OneOrManyPaths } from "./mdx-format";

/**
 * The editor's form fields, made from the zod schemas in lib/content/schemas/ (through their JSON
 * Schema, the same one `npm run schemas:generate` writes to docs/schemas/): every field of a
 * schema is a field of the form, with the schema's title as its label and its description as its
 * help text (written there, once, for the communications team), required where the schema
 * requires it, lists, objects, closed lists, dates and number ranges as the schema says. A field
 * added to a schema appears in the editor without any change here.
 */

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** The parts of a JSON Schema (draft-07, as zod writes it) the form is made from. */
export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
}

/** Where an id field points: the collection whose entries it names. */
export type References = Readonly<Record<string, { collection: string; display: string }>>;

/** The pattern of a date in the schemas' JSON Schema: such a field is picked in a calendar. */
const DATE_PATTERN = (z.toJSONSchema(isoDateSchema) as JsonSchema).pattern;

/** Fields written as several lines of text in the form. */
const LONG_TEXT = new Set(["text", "commitment", "vision", "summary", "description", "meaning"]);

/** "shortTitle" → "Short title": only for a field whose schema gives no title. */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The JSON Schema of a kind's frontmatter, as editors' tools and the editor see it. */
export function jsonSchemaOf(kind: EntryKind): JsonSchema {
  return z.toJSONSchema(schemaByKind[kind], { io: "input", target: "draft-07" }) as JsonSchema;
}

/** The form fields of a kind: its frontmatter's fields and, last, the body. */
export function fieldsOf(kind: EntryKind, references: References): DecapField[] {
  const schema = jsonSchemaOf(kind);
  return [
    ...objectFields(schema, references),
    {
      name: BODY_FIELD,
      label: "Page text",
      widget: "markdown",
      modes: ["raw"],
      buttons: [],
      editor_components: [],
      required: false,
      hint: "The words of the page below the fields, in Markdown: ## before a heading, - before each point of a list, [words](web address) for a link. The editors' guide lists what else you can use.",
    },
  ];
}

function objectFields(schema: JsonSchema, references: References): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required.has(name), references),
  );
}

function fieldFor(
  name: string,
  schema: JsonSchema,
  required: boolean,
  references: References,
): DecapField {
  const base: DecapField = {
    name,
    label: schema.title ?? labelOf(name),
    widget: "string",
    required,
  };
  if (schema.description) base.hint = schema.description;
  const reference = references[name];
  // A closed list of its own (a plan's `status`) is not a pick of entries (an update's `status`).
  if (reference && !schema.enum) return { ...base, ...relation(reference, schema) };
  if (schema.anyOf) {
    // The first form it takes, with the label and help of the field as a whole.
    const first = fieldFor(name, schema.anyOf[0]!, required, references);
    return { ...first, label: base.label, ...(base.hint ? { hint: base.hint } : {}) };
  }
  const field = { ...base, ...widgetFor(name, schema, references) };
  return field.widget === "object" && !required ? optionalGroup(field) : field;
}

/**
 * A group of fields that may be left out as a whole (an action's "Withdrawn"): shown closed, and
 * nothing in it is required by the form, which would otherwise demand it of every entry. When it
 * is filled in, the content check asks for what is missing before the save.
 */
function optionalGroup(field: DecapField): DecapField {
  const inner = (fields: DecapField[]): DecapField[] =>
    fields.map((child) => ({
      ...child,
      required: false,
      ...(child.widget === "object" ? { fields: inner(child.fields as DecapField[]) } : {}),
    }));
  return { ...field, collapsed: true, fields: inner(field.fields as DecapField[]) };
}

/** A picker of entries of another collection: one id, or a list of ids. */
function relation(reference: References[string], schema: JsonSchema): Record<string, unknown> {
  const many = schema.type === "array" || (schema.anyOf ?? []).some((s) => s.type === "array");
  return {
    widget: "relation",
    collection: reference.collection,
    value_field: "id",
    search_fields: [reference.display, "id"],
    display_fields: [reference.display],
    multiple: many,
    options_length: 100,
  };
}

function widgetFor(name: string, schema: JsonSchema, refs: References): Record<string, unknown> {
  if (schema.enum) return { widget: "select", options: schema.enum.map(String) };
  switch (schema.type) {
    case "integer":
    case "number":
      return numberWidget(schema);
    case "boolean":
      return { widget: "boolean" };
    case "object":
      return { widget: "object", collapsed: false, fields: objectFields(schema, refs) };
    case "array":
      return listWidget(name, schema, refs);
    default:
      return stringWidget(name, schema);
  }
}

function numberWidget(schema: JsonSchema): Record<string, unknown> {
  const widget: Record<string, unknown> = {
    widget: "number",
    value_type: schema.type === "integer" ? "int" : "float",
  };
  const min = schema.minimum ?? (schema.exclusiveMinimum === 0 ? 1 : schema.exclusiveMinimum);
  if (min !== undefined) widget.min = min;
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER)
    widget.max = schema.maximum;
  return widget;
}

function stringWidget(name: string, schema: JsonSchema): Record<string, unknown> {
  // A real day of the calendar, picked in one (Decap writes it as YYYY-MM-DD, like the files).
  if (schema.pattern !== undefined && schema.pattern === DATE_PATTERN) {
    return {
      widget: "datetime",
      date_format: "YYYY-MM-DD",
      time_format: false,
      format: "YYYY-MM-DD",
    };
  }
  const widget: Record<string, unknown> = { widget: LONG_TEXT.has(name) ? "text" : "string" };
  const pattern = schema.format === "uri" ? "^https?://\\S+$" : schema.pattern;
  if (pattern) {
    widget.pattern = [pattern, `not written as it should be. ${schema.description ?? ""}`.trim()];
  }
  return widget;
}

function listWidget(name: string, schema: JsonSchema, refs: References): Record<string, unknown> {
  const items = schema.items ?? {};
  const widget: Record<string, unknown> = { widget: "list", collapsed: true };
  // "1 action", "3 actions", "Add action".
  if (items.title) widget.label_singular = items.title;
  if (schema.minItems) widget.min = schema.minItems;
  if (items.type === "object") {
    widget.fields = objectFields(items, refs);
    const keys = Object.keys(items.properties ?? {});
    const title = ["text", "title", "label", "summary", "period"].find((key) => keys.includes(key));
    const number = keys.includes("number") ? "{{fields.number}}. " : "";
    const date = keys.includes("date") ? "{{fields.date}}: " : "";
    widget.summary = `${number}${date}{{fields.${title ?? keys[0]}}}`;
  } else {
    widget.collapsed = false;
    widget.field = fieldFor(name, items, true, refs);
  }
  return widget;
}

/**
 * Paths of the fields that take one id or a list of ids (`lead`): the form edits them as a list,
 * the file keeps a single id where it had one.
 */
export function oneOrManyPaths(kind: EntryKind): OneOrManyPaths {
  const paths: string[][] = [];
  const visit = (schema: JsonSchema, at: string[]) => {
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const types = (property.anyOf ?? []).map((s) => s.type);
      if (types.includes("string") && types.includes("array")) paths.push([...at, name]);
      if (property.type === "object") visit(property, [...at, name]);
      if (property.type === "array" && property.items?.type === "object")
        visit(property.items, [...at, name, "*"]);
    }
  };
  visit(jsonSchemaOf(kind), []);
  return paths;
}
