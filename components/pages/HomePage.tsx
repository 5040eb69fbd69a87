import type { ViewProps } from "@/components/layout/page-context";
import { Mdx } from "@/components/content/Mdx";
import { PlanCard } from "@/components/content/PlanCard";
import { Document } from "@/components/layout/Document";
import { urls } from "@/lib/site/urls";

export function HomePage({ ctx }: ViewProps<"home">) {
  const { graph } = ctx;
  const { site } = graph;
  return (
    <Document ctx={ctx} meta={{ description: site.description }}>
      <h1>{site.name}: our plans</h1>
      <Mdx preview={ctx.preview} body={site.body} />
      <h2>Plans</h2>
      <div className="card-list">
        {graph.plans.map((plan) => (
          <PlanCard key={plan.id} plan={plan} headingLevel="h3" />
        ))}
      </div>
      <h2>Find what matters to you</h2>
      <ul className="link-list">
        <li>
          <a href={urls.themes()}>Themes across the plans</a>: everything the plans say about one
          subject, such as transport or health.
        </li>
        <li>
          <a href={urls.services()}>Lead services</a>: every action each council service leads.
        </li>
      </ul>
    </Document>
  );
}
