import type { ViewProps } from "@/components/layout/page-context";
import { plural } from "@/components/content/PriorityList";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { urls } from "@/lib/site/urls";

export function ServicesPage({ ctx }: ViewProps<"services">) {
  const { graph } = ctx;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `The council services that lead delivery-plan actions, and what each leads.`,
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <h1>Lead services</h1>
      <p className="lead-text">
        The council services named as the lead for delivery-plan actions. Each page lists every
        action the service leads.
      </p>
      <ul className="link-list">
        {graph.services.map((service) => (
          <li key={service.id}>
            <a href={urls.service(service.id)}>{service.name}</a>{" "}
            <span className="meta-text">({plural(service.actions.length, "action")})</span>
          </li>
        ))}
      </ul>
    </Document>
  );
}
