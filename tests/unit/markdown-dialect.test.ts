import { MDX_COMPONENT_NAMES } from "@/lib/site/mdx-names";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Mdx } from "@/components/content/Mdx";
import { compileMdx } from "@/lib/content/compile-mdx";

/** Compiles the body made unique, so the compile cache cannot answer for an older compiler. */
const compiled = (body: string) =>
  compileMdx(`${body}\n\nTest run ${crypto.randomUUID()}.\n`, MDX_COMPONENT_NAMES);

async function html(body: string) {
  const result = await compiled(body);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return renderToStaticMarkup(createElement(Mdx, { body: result.compiled, preview: false }));
}

async function problems(body: string) {
  const result = await compiled(body);
  if (result.ok) throw new Error("Expected the body to be refused, but it compiled.");
  return result.problems.map((p) => `${p.line}:${p.column} ${p.message} | ${p.hint}`);
}

describe("the Markdown content is written in", () => {
  it("has GitHub's tables, footnotes, strikethrough and task lists", async () => {
    const out = await html(
      [
        "| Year | Homes |",
        "| ---- | ----: |",
        "| 2022 | 1,200 |",
        "",
        "A claim.[^source]",
        "",
        "[^source]: The council's own figure.",
        "",
        "~~Withdrawn~~ wording.",
        "",
        "- [x] Done",
        "- [ ] Not done",
      ].join("\n"),
    );
    expect(out).toContain("<table>");
    expect(out).toContain('<td style="text-align:right">1,200</td>');
    expect(out).toMatch(/<sup><a href="#user-content-fn-source"[^>]*>1<\/a><\/sup>/);
    expect(out).toContain("<del>Withdrawn</del>");
    expect(out).toContain('<input type="checkbox" disabled="" checked=""/> Done');
  });

  it("keeps addresses that are written as links, or as code", async () => {
    const out = await html(
      [
        "See [About your council](https://www.oxfordshire.gov.uk/about).",
        "",
        "Source: [https://insight.oxfordshire.gov.uk/jsna](https://insight.oxfordshire.gov.uk/jsna).",
        "",
        "Write to [help@oxfordshire.gov.uk](mailto:help@oxfordshire.gov.uk) or type `www.example.org`.",
      ].join("\n"),
    );
    expect(out).toContain('<a href="https://www.oxfordshire.gov.uk/about">About your council</a>');
    expect(out).toContain('<a href="mailto:help@oxfordshire.gov.uk">help@oxfordshire.gov.uk</a>');
    expect(out).toContain("<code>www.example.org</code>");
  });

  it("refuses a bare web or email address, at its line and column, with the link to write", async () => {
    expect(
      await problems(
        [
          "Read more at https://www.oxfordshire.gov.uk/plan.",
          "",
          "- Or www.oxfordshire.gov.uk/about, or",
          "  email help@oxfordshire.gov.uk today",
          "",
          "**In bold: http://example.org**",
        ].join("\n"),
      ),
    ).toMatchInlineSnapshot(`
      [
        "1:14 "https://www.oxfordshire.gov.uk/plan" is written as plain text, so it would not be a link. | Write it as a link whose words say where it goes: [Name of the page](https://www.oxfordshire.gov.uk/plan).",
        "3:6 "www.oxfordshire.gov.uk/about" is written as plain text, so it would not be a link. | Write it as a link whose words say where it goes: [Name of the page](https://www.oxfordshire.gov.uk/about).",
        "4:9 "help@oxfordshire.gov.uk" is written as plain text, so it would not be a link. | Write it as a link: [help@oxfordshire.gov.uk](mailto:help@oxfordshire.gov.uk).",
        "6:12 "http://example.org" is written as plain text, so it would not be a link. | Write it as a link whose words say where it goes: [Name of the page](http://example.org).",
      ]
    `);
  });

  it("does not mistake ordinary punctuation for an address", async () => {
    await expect(
      html("Services for 0-5s, e.g. schools. Costs rose 3.5% and www is a word. A@B is not one."),
    ).resolves.toContain("<p>");
  });
});
