import type { Priority } from "@/lib/content";
import { priorityPath } from "@/lib/site/urls";

/** The "Reference" and "Priority" rows of the summary list on an action's or objective's page. */
export function ItemRows({ reference, priority }: { reference: string; priority: Priority }) {
  return (
    <>
      <div>
        <dt>Reference</dt>
        <dd>{reference}</dd>
      </div>
      <div>
        <dt>Priority</dt>
        <dd>
          <a href={priorityPath(priority)}>
            {priority.reference}: {priority.title}
          </a>
        </dd>
      </div>
    </>
  );
}
