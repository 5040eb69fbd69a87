import { FigureChart } from "@/components/charts/FigureChart";
import type { Plan } from "@/lib/content";
import { plural } from "./PriorityList";

/** How a plan's objectives are spread over its priorities, drawn from the content itself. */
export function ObjectivesChart({ plan }: { plan: Plan }) {
  const total = plan.priorities.reduce((sum, priority) => sum + priority.objectives.length, 0);
  if (total === 0) return null;
  return (
    <FigureChart
      figure={{
        id: `${plan.id}-objectives`,
        title: "Objectives and areas of focus per priority",
        unit: "objectives",
        chart: "bar",
        labelHeading: "Priority",
        data: plan.priorities.map((priority) => ({
          label: `${priority.reference}: ${priority.shortTitle ?? priority.title}`,
          value: priority.objectives.length,
        })),
        summary: `The plan has ${plural(total, "objective")} across its ${plural(plan.priorities.length, "priority")}.`,
      }}
    />
  );
}
