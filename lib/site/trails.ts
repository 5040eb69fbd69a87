import type { Action, Objective, Priority } from "../content/graph";
import type { HistorySubject } from "./item-history";
import { actionPath, objectivePath, priorityPath, urls, withAnchor } from "./urls";

export interface Crumb {
  label: string;
  href: string;
}

/** Where a priority sits: home → plan → plan theme → priority. */
export function priorityTrail(priority: Priority): Crumb[] {
  const { plan } = priority;
  return [
    { label: "Home", href: urls.home() },
    { label: plan.title, href: urls.plan(plan.id) },
    ...(priority.planTheme
      ? [
          {
            label: priority.planTheme.title,
            href: withAnchor(urls.plan(plan.id), urls.planThemeAnchor(priority.planTheme.id)),
          },
        ]
      : []),
    {
      label: `${priority.reference}: ${priority.shortTitle ?? priority.title}`,
      href: priorityPath(priority),
    },
  ];
}

export function actionTrail(action: Action): Crumb[] {
  return [
    ...priorityTrail(action.priority),
    { label: `Action ${action.number}`, href: actionPath(action) },
  ];
}

export function objectiveTrail(objective: Objective): Crumb[] {
  return [
    ...priorityTrail(objective.priority),
    { label: `Objective ${objective.number}`, href: objectivePath(objective) },
  ];
}

/** Where an item or chapter with a history sits, down to the item itself. */
export function subjectTrail(subject: HistorySubject): Crumb[] {
  switch (subject.kind) {
    case "priority":
      return priorityTrail(subject.priority);
    case "objective":
      return objectiveTrail(subject.objective);
    case "action":
      return actionTrail(subject.action);
    case "chapter": {
      const { page } = subject;
      return [
        { label: "Home", href: urls.home() },
        { label: page.plan.title, href: urls.plan(page.plan.id) },
        { label: page.title, href: urls.planEntry(page.plan.id, page.id) },
      ];
    }
  }
}
