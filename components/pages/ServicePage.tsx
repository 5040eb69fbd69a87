import { plural } from "@/components/content/PriorityList";
import { Tag } from "@/components/content/Tag";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph, Service } from "@/lib/content";
import { actionPath, priorityPath, urls } from "@/lib/urls";

/** Every action one service leads, across priorities and plans. */
export function ServicePage({ graph, service }: { graph: ContentGraph; service: Service }) {
  const priorities = [...new Set(service.actions.map((action) => action.priority))];
  return (
    <Document
      site={graph.site}
      meta={{
        title: `${service.name}: actions it leads`,
        description: `The delivery-plan actions led by ${service.name}.`,
        path: urls.service(service.id),
        sources: [service.file, ...priorities.map((priority) => priority.file)],
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
                  <Tag>{action.reference}</Tag> <a href={actionPath(action)}>{action.text}</a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Document>
  );
}
