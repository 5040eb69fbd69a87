import type { Priority } from "@/lib/content";
import { urls } from "@/lib/site/urls";
import { Tag } from "./Tag";

export function PriorityList({ priorities }: { priorities: readonly Priority[] }) {
  return (
    <ol className="priority-list">
      {priorities.map((priority) => (
        <li key={priority.id}>
          <Tag>{priority.reference}</Tag>{" "}
          <a href={urls.planEntry(priority.plan.id, priority.id)}>{priority.title}</a>
          <span className="meta-text"> ({describeCounts(priority)})</span>
        </li>
      ))}
    </ol>
  );
}

function describeCounts(priority: Priority): string {
  const parts: string[] = [];
  if (priority.objectives.length > 0) parts.push(plural(priority.objectives.length, "objective"));
  if (priority.actions.length > 0) parts.push(plural(priority.actions.length, "action"));
  return parts.join(", ") || "no items yet";
}

export function plural(count: number, noun: string): string {
  if (count === 1) return `1 ${noun}`;
  return `${count} ${noun.endsWith("y") ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}
