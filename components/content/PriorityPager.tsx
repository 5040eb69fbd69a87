import type { Priority } from "@/lib/content";
import { priorityPath } from "@/lib/site/urls";

/** Previous and next priority in the same plan. */
export function PriorityPager({ priority }: { priority: Priority }) {
  const siblings = priority.plan.priorities;
  const index = siblings.indexOf(priority);
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  if (!previous && !next) return null;
  return (
    <nav className="pager" aria-label="Priorities in this plan">
      {previous ? (
        <a className="pager__link" href={priorityPath(previous)} rel="prev">
          <span className="pager__label">Previous priority</span> {previous.reference}:{" "}
          {previous.shortTitle ?? previous.title}
        </a>
      ) : null}
      {next ? (
        <a className="pager__link pager__link--next" href={priorityPath(next)} rel="next">
          <span className="pager__label">Next priority</span> {next.reference}:{" "}
          {next.shortTitle ?? next.title}
        </a>
      ) : null}
    </nav>
  );
}
