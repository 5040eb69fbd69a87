import { PlanCard } from "@/components/content/PlanCard";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph } from "@/lib/content";
import { urls } from "@/lib/urls";

export function PlansPage({ graph }: { graph: ContentGraph }) {
  return (
    <Document
      site={graph.site}
      meta={{
        title: "Plans",
        description: `Every strategic and corporate plan of ${graph.site.name}.`,
        path: urls.plans(),
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <h1>Plans</h1>
      <div className="card-list">
        {graph.plans.map((plan) => (
          <PlanCard key={plan.id} plan={plan} />
        ))}
      </div>
    </Document>
  );
}
