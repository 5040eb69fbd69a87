import type { ViewProps } from "@/components/layout/page-context";
import { plural } from "@/components/content/PriorityList";
import { Tag } from "@/components/content/Tag";
import { WithdrawnTag } from "@/components/content/Withdrawn";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { Sections } from "@/components/layout/Sections";
import { ProgressSection } from "@/components/progress/ProgressSection";
import type { Priority } from "@/lib/content";
import { actionPath, objectivePath, priorityPath, urls } from "@/lib/site/urls";

/** Everything both plans say about one subject, grouped by plan and priority. */
export function ThemePage({ ctx, params: { theme } }: ViewProps<"theme">) {
  const { graph } = ctx;
  const plans = graph.plans
    .map((plan) => {
      const priorities = plan.priorities
        .map((priority) => ({
          priority,
          tagged: theme.priorities.includes(priority),
          objectives: theme.objectives.filter((objective) => objective.priority === priority),
          actions: theme.actions.filter((action) => action.priority === priority),
        }))
        .filter((entry) => entry.tagged || entry.objectives.length > 0 || entry.actions.length > 0);
      return { plan, priorities };
    })
    .filter((entry) => entry.priorities.length > 0);
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `${theme.description} Everything the council's plans say about ${theme.title.toLowerCase()}.`,
      }}
    >
      <Breadcrumbs
        trail={[
          { label: "Home", href: urls.home() },
          { label: "Themes", href: urls.themes() },
        ]}
      />
      <p className="caption">Theme</p>
      <h1>{theme.title}</h1>
      <p className="lead-text">{theme.description}</p>
      <p>
        In all plans: {plural(theme.priorities.length, "priority")},{" "}
        {plural(theme.objectives.length, "objective")} and {plural(theme.actions.length, "action")}.
      </p>
      <Sections
        sections={ctx.sections}
        render={{
          progress: (section) => (
            <ProgressSection
              section={section}
              items={[...theme.objectives, ...theme.actions]}
              statuses={ctx.graph.statuses}
              id="theme"
              what={`objectives and actions on ${theme.title.toLowerCase()}`}
            />
          ),
        }}
      />
      {plans.map(({ plan, priorities }) => (
        <section key={plan.id} aria-labelledby={`plan-${plan.id}`}>
          <h2 id={`plan-${plan.id}`}>{plan.title}</h2>
          {priorities.map(({ priority, objectives, actions }) => (
            <ThemePriority
              key={priority.id}
              priority={priority}
              objectives={objectives}
              actions={actions}
            />
          ))}
        </section>
      ))}
    </Document>
  );
}

function ThemePriority({
  priority,
  objectives,
  actions,
}: {
  priority: Priority;
  objectives: Priority["objectives"];
  actions: Priority["actions"];
}) {
  return (
    <section className="theme-priority" aria-labelledby={`priority-${priority.reference}`}>
      <h3 id={`priority-${priority.reference}`}>
        <Tag>{priority.reference}</Tag> <a href={priorityPath(priority)}>{priority.title}</a>
      </h3>
      {objectives.length > 0 ? (
        <>
          <p className="meta-text">{plural(objectives.length, "objective")}</p>
          <ul className="link-list">
            {objectives.map((objective) => (
              <li key={objective.reference}>
                <Tag>{objective.reference}</Tag>{" "}
                <a href={objectivePath(objective)}>{objective.text}</a>{" "}
                <WithdrawnTag withdrawn={objective.withdrawn} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {actions.length > 0 ? (
        <>
          <p className="meta-text">{plural(actions.length, "action")}</p>
          <ul className="link-list">
            {actions.map((action) => (
              <li key={action.reference}>
                <Tag>{action.reference}</Tag> <a href={actionPath(action)}>{action.text}</a>{" "}
                <WithdrawnTag withdrawn={action.withdrawn} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
