import type { Plan, Priority } from "../content/graph";
import { anchors, urls } from "./urls";
import { groupActions } from "./action-groups";
import { bodySection, headedSection, sectionsWhere } from "./sections";

/**
 * The sections of a priority page, in the order the page shows them: declared by the priority kind
 * (lib/site/page-kinds.ts) and shown again, one level down, on the whole-plan page. Apart from the
 * registry so that a view can read them without reaching back into it.
 */
export function prioritySections(priority: Priority) {
  return sectionsWhere(
    [
      priority.commitment !== undefined,
      headedSection("commitment", anchors.commitment, "Our commitment"),
    ],
    [
      priority.objectives.length + priority.actions.length > 0,
      headedSection("progress", anchors.progress, "Progress"),
    ],
    [
      priority.objectives.length > 0,
      headedSection(
        "objectives",
        anchors.objectives,
        objectivesHeading(priority.plan),
        priority.objectives.map((objective) => urls.objectiveAnchor(objective.number)),
      ),
    ],
    [true, bodySection("body", priority.body)],
    [true, headedSection("measures", anchors.measures, "How we will measure progress")],
    [
      priority.actions.length > 0,
      headedSection("actions", anchors.actions, "Delivery plan actions", [
        ...priority.actions.map((action) => urls.actionAnchor(action.number)),
        ...groupActions(priority.actions).map((group) => group.id),
      ]),
    ],
    [
      priority.relatedPriorities.length > 0,
      headedSection("related", anchors.related, "Related priorities in other plans"),
    ],
  );
}

/** The plan's own heading: "Objectives and areas of focus for 2022/23" where it gives a period. */
export function objectivesHeading(plan: Plan): string {
  return `Objectives and areas of focus${plan.objectivesPeriod ? ` for ${plan.objectivesPeriod}` : ""}`;
}
