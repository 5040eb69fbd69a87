/**
 * Type tests, checked by `tsc` in `npm test` (this file is never run): each `@ts-expect-error`
 * fails the type check if the line under it stops being an error, so these prove that a page kind
 * cannot leave out what it must declare, nor a view what it must render.
 */
import { Sections } from "@/components/layout/Sections";
import { PAGE_VIEWS } from "@/components/pages/views";
import type { Priority } from "@/lib/content";
import { htmlKind, ONCE } from "@/lib/site/page-kind";
import { prioritySections } from "@/lib/site/page-kinds";

// @ts-expect-error a kind of page must declare its sections
export const withoutSections = htmlKind({
  pattern: "/example",
  rendering: "static",
  instances: () => ONCE,
  path: () => "/example",
  formerPaths: () => [],
  title: () => "Example",
  source: () => null,
  files: () => [],
});

// @ts-expect-error a kind of page must say which content file it is the page of (or null)
export const withoutSourceFile = htmlKind({
  pattern: "/example",
  rendering: "static",
  instances: () => ONCE,
  path: () => "/example",
  formerPaths: () => [],
  title: () => "Example",
  files: () => [],
  sections: () => [],
});

// @ts-expect-error every kind of page needs a view
export const missingView: typeof PAGE_VIEWS = { home: PAGE_VIEWS.home };

export function priorityWithoutMeasures(priority: Priority) {
  return Sections({
    sections: prioritySections(priority),
    // @ts-expect-error a view must render every section its kind declares (measures is missing)
    render: {
      commitment: () => null,
      objectives: () => null,
      body: () => null,
      actions: () => null,
      related: () => null,
    },
  });
}
