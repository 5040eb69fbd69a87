import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";

/**
 * Turns a zod issue into words an editor understands. Every frontmatter message is made here, so the
 * wording stays consistent and the tests can pin it.
 */
export interface FriendlyIssue {
  message: string;
  expected?: string;
  found?: string;
  hint?: string;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing (the field is missing)";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") return "a group of fields";
  if (typeof value === "string") return `the text ${JSON.stringify(truncate(value, 60))}`;
  return `${typeof value} ${String(value)}`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

const TYPE_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list (lines starting with '- ', or [a, b])",
  object: "a group of fields",
};

export function friendlyIssue(issue: z.core.$ZodIssue, schema: z.ZodType): FriendlyIssue {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "invalid_type":
      return wrongType(issue, input);
    case "too_small":
      return tooSmall(issue, input);
    case "too_big":
      return {
        message: `This value is too large.`,
        expected: `at most ${String(issue.maximum)}`,
        found: describeValue(input),
      };
    case "invalid_format":
      return {
        message: `This field is not in the right form.`,
        expected: issue.message ?? issue.format,
        found: describeValue(input),
        hint: issue.format === "url" ? "Write a full address starting with https://." : undefined,
      };
    case "invalid_value":
      return notAllowed(issue, input);
    case "unrecognized_keys":
      return unknownFields(issue, schema);
    case "invalid_union":
      return {
        message: "This field is not in any of the accepted forms.",
        expected: "an id, or a list of ids",
        found: describeValue(input),
      };
    default:
      return {
        message: issue.message,
        found: input === undefined ? undefined : describeValue(input),
      };
  }
}

/** A required field that is not there, whatever kind of value it takes. */
function missingField(path: readonly PropertyKey[], expected: string): FriendlyIssue {
  return {
    message: "This field is required.",
    expected,
    found: describeValue(undefined),
    hint: `Add the field ${lastKey(path)} with ${expected}.`,
  };
}

function wrongType(issue: z.core.$ZodIssueInvalidType, input: unknown): FriendlyIssue {
  const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
  if (input === undefined) return missingField(issue.path, expected);
  return {
    message: `This field must be ${expected}.`,
    expected,
    found: describeValue(input),
    hint:
      issue.expected === "number" && typeof input === "string"
        ? "Write the number without quotes, e.g. 3."
        : issue.expected === "array"
          ? "Write each item on its own line starting with '- '."
          : undefined,
  };
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, input: unknown): FriendlyIssue {
  return {
    message:
      issue.origin === "string"
        ? "This field must not be empty."
        : issue.origin === "array"
          ? `This list needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? "" : "s"}.`
          : `This number must be at least ${String(issue.minimum)}.`,
    expected: issue.origin === "string" ? "some text" : `at least ${String(issue.minimum)}`,
    found: describeValue(input),
  };
}

/** A value outside a closed list, or none at all where the list is required. */
function notAllowed(issue: z.core.$ZodIssueInvalidValue, input: unknown): FriendlyIssue {
  const expected = `one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
  if (input === undefined) return missingField(issue.path, expected);
  return {
    message: "This field has a value that is not allowed.",
    expected,
    found: describeValue(input),
  };
}

/** Names the unknown fields, with the nearest known field where one is close enough to be a typo. */
function unknownFields(issue: z.core.$ZodIssueUnrecognizedKeys, schema: z.ZodType): FriendlyIssue {
  const known = knownKeysAt(schema, issue.path);
  const suggestions = issue.keys
    .map((key) => {
      const near = known.length > 0 ? closest(key, known) : undefined;
      return near && distance(key, near) <= Math.max(2, Math.floor(key.length / 3))
        ? `'${key}' → '${near}'`
        : undefined;
    })
    .filter((text): text is string => text !== undefined);
  return {
    message: `Unknown field${issue.keys.length === 1 ? "" : "s"}: ${issue.keys.join(", ")}.`,
    expected: known.length > 0 ? `only these fields: ${known.join(", ")}` : undefined,
    found: issue.keys.join(", "),
    hint:
      suggestions.length > 0
        ? `Did you mean ${suggestions.join(", ")}? Check the spelling.`
        : "Remove the field, or check its spelling and indentation.",
  };
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((part) => typeof part === "string");
  return typeof key === "string" ? key : "it";
}

/** The field names the schema accepts at a path, for "did you mean" hints. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject && typeof key === "string") {
      current = (current.shape as Record<string, z.ZodType>)[key];
    } else if (current instanceof z.ZodArray && typeof key === "number") {
      current = current.element as z.ZodType;
    } else {
      return [];
    }
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}
