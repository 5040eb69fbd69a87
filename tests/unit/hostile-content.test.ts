import fc from "fast-check";
import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { compileMdx } from "@/lib/content/compile-mdx";

const compileBody = (body: string) => compileMdx(body, MDX_COMPONENT_NAMES);
import { parseEntry } from "@/lib/content/parse-entry";

/**
 * Random and mutated content never crashes or hangs the loader: every input ends in either a valid
 * entry or a list of problems with a file and a line.
 */
const PRIORITY = "content/plans/p/priorities/01-x.mdx";
const VALID_FRONTMATTER = {
  id: "first-priority",
  number: 1,
  title: "We will test",
  themes: ["health"],
  actions: [
    { number: 1, group: "Safe lives", text: "An action.", lead: "policy", themes: ["health"] },
  ],
};

const yamlValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie("value"), { maxKeys: 4 }),
  ),
})).value;

function expectProblemsOrEntry(result: Awaited<ReturnType<typeof parseEntry>>) {
  if (result.entry) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(issue.file).toBe(PRIORITY);
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.column).toBeGreaterThanOrEqual(1);
    expect(issue.message).not.toBe("");
  }
}

describe("hostile content", () => {
  it("random frontmatter gives a validation error, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 16 }), yamlValue, { maxKeys: 8 }),
        async (data) => {
          const text = `---\n${stringify(data)}---\n\nBody.\n`;
          expectProblemsOrEntry(
            await parseEntry(PRIORITY, "plans/p/priorities/01-x.mdx", text, compileBody),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a valid priority with one field replaced by anything is either valid or reported", async () => {
    const keys = Object.keys(VALID_FRONTMATTER);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), yamlValue, async (key, value) => {
        const data = { ...VALID_FRONTMATTER, [key]: value };
        const text = `---\n${stringify(data)}---\n`;
        expectProblemsOrEntry(
          await parseEntry(PRIORITY, "plans/p/priorities/01-x.mdx", text, compileBody),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("random text, and valid YAML with characters cut out, never crash the frontmatter reader", async () => {
    const valid = `---\n${stringify(VALID_FRONTMATTER)}---\n\n## Heading\n\nText.\n`;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc
            .tuple(fc.nat(valid.length), fc.nat(20), fc.string({ maxLength: 5 }))
            .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut)),
        ),
        async (text) => {
          expectProblemsOrEntry(
            await parseEntry(PRIORITY, "plans/p/priorities/01-x.mdx", text, compileBody),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("random and mutated MDX bodies compile or give problems with a line, never crash", async () => {
    const pieces = [
      "<",
      ">",
      "{",
      "}",
      "</Callout>",
      "<Callout>",
      "<script>",
      "[x](",
      ")",
      "#",
      "\n",
      "`",
      "*",
      "import ",
      "export ",
      '<Figure id="x" />',
      "&",
      "---",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 10 })), {
          maxLength: 30,
        }),
        async (parts) => {
          const result = await compileMdx(parts.join(""), MDX_COMPONENT_NAMES);
          if (!result.ok) {
            for (const problem of result.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});
