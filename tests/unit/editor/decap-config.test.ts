import { describe, expect, it } from "vitest";
import type { EntryKind } from "@/lib/content/kinds";
import { schemaByKind } from "@/lib/content/schemas";
import { adminPageHtml, allOneOrManyPaths } from "@/lib/editor/admin-page";
import { readContentTree } from "@/lib/editor/content-tree";
import { collectionsOf, decapConfig, FORMAT_NAME } from "@/lib/editor/decap-config";
import { jsonSchemaOf, type DecapField, type JsonSchema } from "@/lib/editor/fields";
import { BODY_FIELD } from "@/lib/editor/mdx-format";

const tree = await readContentTree();
const collections = collectionsOf(tree);

/** Every (kind, fields) pair the editor shows: folder collections and each file of a files one. */
const forms = collections.flatMap((collection) => {
  const files = collection.files as { name: string; fields: DecapField[] }[] | undefined;
  if (files)
    return files.map((file) => ({
      name: `${collection.name}/${file.name}`,
      kind: collection.kind,
      fields: file.fields,
    }));
  return [
    { name: collection.name, kind: collection.kind, fields: collection.fields as DecapField[] },
  ];
});

/**
 * The paths of every field in a JSON Schema, e.g. "actions[].lead", with whether the form requires
 * it: the schema requires it, and it is not inside a group of fields that may be left out whole.
 */
function schemaPaths(schema: JsonSchema, at = "", inOptionalGroup = false): Map<string, boolean> {
  const paths = new Map<string, boolean>();
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const path = `${at}${name}`;
    paths.set(path, required.has(name) && !inOptionalGroup);
    const object =
      property.type === "object"
        ? property
        : property.items?.type === "object"
          ? property.items
          : undefined;
    if (object)
      for (const [inner, req] of schemaPaths(
        object,
        property.type === "object" ? `${path}.` : `${path}[].`,
        property.type === "object" && (inOptionalGroup || !required.has(name)),
      ))
        paths.set(inner, req);
  }
  return paths;
}

function formPaths(fields: readonly DecapField[], at = ""): Map<string, DecapField> {
  const paths = new Map<string, DecapField>();
  for (const field of fields) {
    const path = `${at}${field.name}`;
    paths.set(path, field);
    const inner = field.fields as DecapField[] | undefined;
    if (inner)
      for (const [p, f] of formPaths(inner, field.widget === "object" ? `${path}.` : `${path}[].`))
        paths.set(p, f);
  }
  return paths;
}

function schemaAt(schema: JsonSchema, path: string): JsonSchema {
  let node: JsonSchema = schema;
  for (const part of path.split(".")) {
    const name = part.replace(/\[\]$/, "");
    node = node.properties![name]!;
    if (part.endsWith("[]")) node = node.items!;
  }
  return node;
}

describe("the editor's configuration", () => {
  it("has a form for every kind of content file", () => {
    const kinds = new Set(forms.map((form) => form.kind));
    expect([...kinds].sort()).toEqual((Object.keys(schemaByKind) as EntryKind[]).sort());
  });

  it("has a collection for each folder of every plan", () => {
    for (const plan of tree.plans) {
      for (const folder of plan.folders)
        expect(collections.map((c) => c.name)).toContain(`${plan.folder}-${folder}`);
    }
  });

  it.each(forms)(
    "$name: every schema field has a form field and every form field a schema field",
    ({ kind, fields }) => {
      const schema = jsonSchemaOf(kind);
      const expected = schemaPaths(schema);
      const actual = formPaths(fields.filter((field) => field.name !== BODY_FIELD));
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [path, required] of expected) {
        const field = actual.get(path)!;
        expect(field.required, `${path} required`).toBe(required);
        const property = schemaAt(schema, path);
        const description = property.description ?? property.anyOf?.[0]?.description;
        expect(field.hint, `${path} help`).toBe(description);
        expect(field.label, `${path} label, from the schema's title`).toBe(property.title);
        if (property.enum) expect(field.options, `${path} options`).toEqual(property.enum);
        if (property.type === "integer") {
          expect(field.widget).toBe("number");
          expect(field.value_type).toBe("int");
          if (property.maximum !== undefined && property.maximum < Number.MAX_SAFE_INTEGER)
            expect(field.max).toBe(property.maximum);
          if (property.minimum !== undefined) expect(field.min).toBe(property.minimum);
        }
      }
      expect(fields.at(-1)!.name).toBe(BODY_FIELD);
    },
  );

  it("offers picks, not typing, for lead services, themes, plan themes and statuses", () => {
    const priorities = forms.find((form) => form.name === "corporate-plan-2018-21-priorities")!;
    const paths = formPaths(priorities.fields);
    const names = new Set(collections.map((collection) => collection.name));
    const expectations: [string, string, boolean][] = [
      ["actions[].lead", "services", true],
      ["actions[].themes", "themes", true],
      ["objectives[].themes", "themes", true],
      ["themes", "themes", true],
      ["planTheme", "corporate-plan-2018-21-themes", false],
      ["actions[].updates[].status", "statuses", false],
      ["objectives[].updates[].status", "statuses", false],
    ];
    for (const [path, collection, multiple] of expectations) {
      const field = paths.get(path)!;
      expect(field.widget, path).toBe("relation");
      expect(field.collection).toBe(collection);
      expect(field.multiple).toBe(multiple);
      expect(field.value_field).toBe("id");
      expect(names.has(collection)).toBe(true);
    }
  });

  it("reads and writes every file with the council's format, and knows a lead may be one or many", () => {
    // Decap takes the format from the collection, for a files collection too.
    for (const collection of collections) expect(collection.format).toBe(FORMAT_NAME);
    expect(allOneOrManyPaths()).toEqual([["actions", "*", "lead"]]);
  });

  it("writes the working tree in local mode, and opens a pull request per change in hosted mode", () => {
    const local = decapConfig(tree, { mode: "local", proxyUrl: "http://localhost:8081/api/v1" });
    expect(local.backend).toEqual({
      name: "proxy",
      proxy_url: "http://localhost:8081/api/v1",
      branch: "main",
    });
    expect(local.publish_mode).toBeUndefined();
    const hosted = decapConfig(tree, {
      mode: "hosted",
      repo: "council/strategy",
      branch: "main",
      baseUrl: "https://auth.example",
      authEndpoint: "auth",
    });
    expect(hosted.publish_mode).toBe("editorial_workflow");
    expect(hosted.backend).toMatchObject({
      name: "github",
      repo: "council/strategy",
      branch: "main",
    });
  });

  it("puts the configuration in the page as data that cannot close its script element", () => {
    const html = adminPageHtml(
      tree,
      { mode: "local", proxyUrl: "http://localhost:8081/api/v1" },
      "/admin/editor.js",
      { snapshot: "/admin/snapshot.json", links: "this-server" },
    );
    const json = /<script type="application\/json" id="editor-config">([^<]*)<\/script>/.exec(
      html,
    )?.[1];
    expect(JSON.parse(json!).config.collections).toHaveLength(collections.length);
  });
});

/** Every label and hint of every form, with where it is. */
function words(fields: readonly DecapField[], at: string): [string, string][] {
  return fields.flatMap((field) => [
    [`${at}${field.name} label`, field.label] as [string, string],
    ...(typeof field.hint === "string"
      ? [[`${at}${field.name} hint`, field.hint] as [string, string]]
      : []),
    ...(field.pattern
      ? [[`${at}${field.name} message`, (field.pattern as string[])[1]!] as [string, string]]
      : []),
    ...words((field.fields as DecapField[] | undefined) ?? [], `${at}${field.name}.`),
    ...words(field.field ? [field.field as DecapField] : [], `${at}${field.name}.`),
  ]);
}

describe("the form's words are for the communications team", () => {
  const all = forms.flatMap((form) => words(form.fields, `${form.name}: `));

  it("reads every label and hint of every form", () => {
    expect(all.length).toBeGreaterThan(300);
  });

  it.each([
    ["a folder", /content\/|\/(services|themes|statuses|pages)\//],
    ["an id", /\bids?\b/i],
    ["a type", /\b(string|boolean|integer|array|object|true|false|null)\b/],
    ["a pattern", /\bpattern\b|\bregex|YYYY/i],
    ["a developer's word", /\b(URL|slug|frontmatter|YAML|entry|entries|field)\b/i],
  ])("names no %s", (_, forbidden) => {
    expect(all.filter(([, text]) => forbidden.test(text))).toEqual([]);
  });

  it("counts entries of a list in words that agree with the number (1 action, 3 actions)", () => {
    const lists = forms.flatMap((form) => listsOf(form.fields));
    expect(lists.length).toBeGreaterThan(10);
    for (const list of lists) expect(list.label_singular, list.name).toEqual(expect.any(String));
  });

  it("offers no media library: nothing here stores uploads", () => {
    const config = decapConfig(tree, { mode: "local", proxyUrl: "/admin/api/v1" });
    expect(config.media_folder).toBeUndefined();
    expect(config.media_library).toEqual({ name: "none" });
    expect(config.locale).toBe("en-GB");
  });

  it("picks a date in a calendar, so it is a real one", () => {
    const priorities = forms.find((form) => form.name === "corporate-plan-2018-21-priorities")!;
    const date = formPaths(priorities.fields).get("actions[].updates[].date")!;
    expect(date).toMatchObject({ widget: "datetime", time_format: false, format: "YYYY-MM-DD" });
  });
});

function listsOf(fields: readonly DecapField[]): DecapField[] {
  return fields.flatMap((field) => [
    ...(field.widget === "list" ? [field] : []),
    ...listsOf((field.fields as DecapField[] | undefined) ?? []),
  ]);
}
