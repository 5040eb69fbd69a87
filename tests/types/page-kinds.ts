/**
 * Type tests, checked by `tsc` in `npm test` (this file is never run): each `@ts-expect-error`
 * fails the type check if the line under it stops being an error, so these prove that a page kind
 * cannot leave out what it must declare, nor a view what it must render. Each case is a complete
 * declaration that type-checks (the `complete…` lines) with exactly one thing taken out by
 * `without`, so it is an error for that one reason only.
 */
import { Sections } from "@/components/layout/Sections";
import { PAGE_VIEWS } from "@/components/pages/views";
import type { Priority } from "@/lib/content";
import { htmlKind, ONCE } from "@/lib/site/page-kind";
import { prioritySections } from "@/lib/site/priority-sections";

/** object without key, typed as exactly that. */
function without<T extends object, Key extends keyof T>(object: T, key: Key): Omit<T, Key> {
  const copy: Partial<T> = { ...object };
  delete copy[key];
  return copy as Omit<T, Key>;
}

const KIND = {
  pattern: "/example",
  rendering: "static",
  instances: () => ONCE,
  path: () => "/example",
  formerPaths: () => [],
  title: () => "Example",
  source: () => null,
  files: () => [],
  sections: () => [],
  plan: () => null,
} as const;

export const completeKind = htmlKind(KIND);

// @ts-expect-error a kind of page must declare its sections
export const withoutSections = htmlKind(without(KIND, "sections"));

// @ts-expect-error a kind of page must say which content file it is the page of (or null)
export const withoutSourceFile = htmlKind(without(KIND, "source"));

// @ts-expect-error a kind of page must say which plan it is part of (or null), for the draft banner
export const withoutPlan = htmlKind(without(KIND, "plan"));

export const completeViews: typeof PAGE_VIEWS = { ...PAGE_VIEWS };

// @ts-expect-error every kind of page needs a view
export const missingView: typeof PAGE_VIEWS = without(PAGE_VIEWS, "home");

export function priorityRenderers(priority: Priority) {
  const render = {
    commitment: () => null,
    progress: () => null,
    objectives: () => null,
    body: () => null,
    measures: () => null,
    actions: () => null,
    related: () => null,
  };
  return [
    Sections({ sections: prioritySections(priority), render }),
    Sections({
      sections: prioritySections(priority),
      // @ts-expect-error a view must render every section its kind declares (measures is missing)
      render: without(render, "measures"),
    }),
  ];
}
