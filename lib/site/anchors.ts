import type { Plan, Priority } from "../content/graph";
import { anchors, urls } from "../urls";
import { groupActions } from "./action-groups";
import type { PageSpec } from "./pages";

export interface ContentsItem {
  id: string;
  label: string;
}

/** The top-level sections of an MDX body, for a contents list. */
export function bodyContents(body: {
  headings: readonly { id: string; text: string; depth: number }[];
}): ContentsItem[] {
  return body.headings
    .filter((heading) => heading.depth === 2)
    .map((heading) => ({ id: heading.id, label: heading.text }));
}

/** The sections of a priority page, for its contents list and for link checking. */
export function priorityContents(priority: Priority): ContentsItem[] {
  return [
    ...(priority.commitment ? [{ id: anchors.commitment, label: "Our commitment" }] : []),
    ...(priority.objectives.length > 0
      ? [{ id: anchors.objectives, label: "Objectives and areas of focus" }]
      : []),
    ...bodyContents(priority.body),
    ...(priority.actions.length > 0
      ? [{ id: anchors.actions, label: "Delivery plan actions" }]
      : []),
    ...(priority.relatedPriorities.length > 0
      ? [{ id: anchors.related, label: "Related priorities in other plans" }]
      : []),
  ];
}

export function planContents(plan: Plan): ContentsItem[] {
  return [
    { id: anchors.vision, label: "Vision" },
    ...bodyContents(plan.body),
    { id: anchors.priorities, label: "Priorities" },
    ...(plan.pages.length > 0 ? [{ id: anchors.chapters, label: "More from this plan" }] : []),
  ];
}

/** Every id a page has that a link may point at with #anchor. */
export function anchorsOf(spec: PageSpec): Set<string> {
  const ids = new Set<string>(["main-content"]);
  const add = (list: Iterable<string>) => {
    for (const id of list) ids.add(id);
  };
  switch (spec.kind) {
    case "priority": {
      const { priority } = spec;
      add(priorityContents(priority).map((item) => item.id));
      add(priority.body.headings.map((heading) => heading.id));
      add(priority.objectives.map((objective) => urls.objectiveAnchor(objective.number)));
      add(priority.actions.map((action) => urls.actionAnchor(action.number)));
      add(groupActions(priority.actions).map((group) => group.id));
      break;
    }
    case "plan":
      add(planContents(spec.plan).map((item) => item.id));
      add(spec.plan.body.headings.map((heading) => heading.id));
      add(spec.plan.planThemes.map((theme) => urls.planThemeAnchor(theme.id)));
      break;
    case "chapter":
    case "sitePage":
      add(spec.page.body.headings.map((heading) => heading.id));
      break;
    default:
      break;
  }
  return ids;
}
