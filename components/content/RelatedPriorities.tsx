import type { Priority } from "@/lib/content";
import { anchors, priorityPath } from "@/lib/urls";
import { Tag } from "./Tag";

/** Priorities of the other plans on the same subjects: how one plan carries another forward. */
export function RelatedPriorities({ priority }: { priority: Priority }) {
  if (priority.relatedPriorities.length === 0) return null;
  return (
    <section aria-labelledby={anchors.related}>
      <h2 id={anchors.related}>Related priorities in other plans</h2>
      <ul className="link-list">
        {priority.relatedPriorities.map((other) => (
          <li key={other.reference}>
            <Tag>{other.reference}</Tag> <a href={priorityPath(other)}>{other.title}</a>{" "}
            <span className="meta-text">({other.plan.title})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
