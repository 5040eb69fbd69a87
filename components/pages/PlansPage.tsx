import type { ViewProps } from "@/components/layout/page-context";
import { PlanCard } from "@/components/content/PlanCard";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { urls } from "@/lib/site/urls";

export function PlansPage({ ctx }: ViewProps<"plans">) {
  const { graph } = ctx;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `Every strategic and corporate plan of ${graph.site.name}.`,
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
