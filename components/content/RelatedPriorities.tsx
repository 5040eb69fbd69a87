import type { Priority } from "@/lib/content";
import { priorityPath } from "@/lib/site/urls";
import { Tag } from "./Tag";

/** Priorities of the other plans on the same subjects: how one plan carries another forward. */
export function RelatedPriorities({ priority }: { priority: Priority }) {
  return (
    <ul className="link-list">
      {priority.relatedPriorities.map((other) => (
        <li key={other.reference}>
          <Tag>{other.reference}</Tag> <a href={priorityPath(other)}>{other.title}</a>{" "}
          <span className="meta-text">({other.plan.title})</span>
        </li>
      ))}
    </ul>
  );
}
