import type { ViewProps } from "@/components/layout/page-context";
import { plural } from "@/components/content/PriorityList";
import { namesInPlans } from "@/components/content/LeadServices";
import { Tag } from "@/components/content/Tag";
import { WithdrawnTag } from "@/components/content/Withdrawn";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { Sections } from "@/components/layout/Sections";
import { ProgressSection } from "@/components/progress/ProgressSection";
import { actionPath, priorityPath, urls } from "@/lib/site/urls";

/** Every action one service leads, across priorities and plans. */
export function ServicePage({ ctx, params: { service } }: ViewProps<"service">) {
  const priorities = [...new Set(service.actions.map((action) => action.priority))];
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `The delivery-plan actions led by ${service.name}.`,
      }}
    >
      <Breadcrumbs
        trail={[
          { label: "Home", href: urls.home() },
          { label: "Lead services", href: urls.services() },
        ]}
      />
      <p className="caption">Lead service</p>
      <h1>{service.name}</h1>
      <p>
        {service.name} leads {plural(service.actions.length, "action")} in{" "}
        {plural(priorities.length, "priority")}.
      </p>
      {namesInPlans(service).map(({ plan, names }) => (
        <p key={plan} className="meta-text">
          Named in the {plan} as: {names.map((name) => `“${name}”`).join(", ")}
        </p>
      ))}
      <Sections
        sections={ctx.sections}
        render={{
          progress: (section) => (
            <ProgressSection
              section={section}
              items={service.actions}
              statuses={ctx.graph.statuses}
              id="service"
              what={`actions ${service.name} leads`}
            />
          ),
        }}
      />
      {priorities.map((priority) => (
        <section key={priority.reference} aria-labelledby={`priority-${priority.reference}`}>
          <h2 id={`priority-${priority.reference}`}>
            <Tag>{priority.reference}</Tag> <a href={priorityPath(priority)}>{priority.title}</a>
          </h2>
          <ul className="link-list service-actions">
            {service.actions
              .filter((action) => action.priority === priority)
              .map((action) => (
                <li key={action.reference}>
                  <Tag>{action.reference}</Tag> <a href={actionPath(action)}>{action.text}</a>{" "}
                  <WithdrawnTag withdrawn={action.withdrawn} />
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Document>
  );
}
