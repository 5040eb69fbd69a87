import { classify } from "@/lib/content/kinds";
import { jsonSchemaOf, labelOf, type JsonSchema } from "./fields";

/**
 * A field as the check names it ("actions → item 19 → leadAsWritten") in the words of the form
 * ("Actions → item 19 → Lead as the plan writes it"): each name replaced by the label the form
 * shows for it, read from the schema of the file's kind.
 */
export function formFieldPath(file: string, field: string): string {
  const kind = classify(file.replace(/^content\//, ""))?.kind;
  let schema: JsonSchema | undefined = kind ? jsonSchemaOf(kind) : undefined;
  return field
    .split(" → ")
    .map((part) => {
      if (/^item \d+$/.test(part)) {
        schema = schema?.items;
        return part;
      }
      const property: JsonSchema | undefined = schema?.properties?.[part];
      schema = property?.anyOf?.find((option) => option.type === "array") ?? property;
      return property?.title ?? labelOf(part);
    })
    .join(" → ");
}
