import { Fragment, type ReactNode } from "react";
import type { Section } from "@/lib/site/sections";

type Renderers<Key extends string> = { [K in Key]: (section: Section<K>) => ReactNode };

/**
 * Renders a page's declared sections in their order, each by its own renderer. The renderers are
 * typed by the keys the page kind declares, so a section cannot be declared without a view.
 */
export function Sections<Key extends string>({
  sections,
  render,
}: {
  sections: readonly Section<Key>[];
  render: Renderers<Key>;
}) {
  return (
    <>
      {sections.map((section) => (
        <Fragment key={section.key}>
          {(render[section.key] as (section: Section<Key>) => ReactNode)(section)}
        </Fragment>
      ))}
    </>
  );
}

/**
 * A section under its own heading, whose id and words are the ones its declaration gives the
 * contents list, so the two always agree. Where the same sections repeat on one page (every
 * priority on the print page) they are not landmarks, whose names must be unique.
 */
export function HeadedSection({
  section,
  level = "h2",
  idPrefix = "",
  landmark = true,
  children,
}: {
  section: Section;
  level?: "h2" | "h3";
  idPrefix?: string;
  landmark?: boolean;
  children: ReactNode;
}) {
  const [heading] = section.contents;
  if (!heading) throw new Error(`The section '${section.key}' has no heading to render.`);
  const Heading = level;
  const id = `${idPrefix}${heading.id}`;
  const content = (
    <>
      <Heading id={id}>{heading.label}</Heading>
      {children}
    </>
  );
  return landmark ? <section aria-labelledby={id}>{content}</section> : <div>{content}</div>;
}
