import type { ViewProps } from "@/components/layout/page-context";
import { Mdx } from "@/components/content/Mdx";
import { PlanHeading } from "@/components/content/PlanHeading";
import { prioritySectionViews } from "@/components/content/PrioritySections";
import { Tag } from "@/components/content/Tag";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { Sections } from "@/components/layout/Sections";
import { prioritySections } from "@/lib/site/priority-sections";
import { urls } from "@/lib/site/urls";

/**
 * The whole plan on one page, for printing or saving as PDF. Each priority shows the sections its
 * own page declares, one heading level down, with prefixed anchors so they stay unique.
 */
export function PlanPrintPage({ ctx, params: { plan } }: ViewProps<"printPlan">) {
  const { graph } = ctx;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `${plan.title} in full, on one page for printing or saving as PDF.`,
      }}
    >
      <Breadcrumbs
        trail={[
          { label: "Home", href: urls.home() },
          { label: plan.title, href: urls.plan(plan.id) },
        ]}
      />
      <PlanHeading plan={plan} site={graph.site} />
      <p className="no-print">
        This page holds the whole plan. Use your browser&apos;s Print command to print it or save it
        as a PDF.
      </p>
      <h2>Vision</h2>
      <p className="vision">{plan.vision}</p>
      <Mdx preview={ctx.preview} body={plan.body} figures={plan.figures} idPrefix="plan-" />
      {plan.pages
        .filter((page) => page.body.code !== "")
        .map((page) => (
          <section key={page.id} className="print-section">
            <h2>{page.title}</h2>
            <Mdx
              preview={ctx.preview}
              body={page.body}
              idPrefix={`${page.id}-`}
              figures={plan.figures}
            />
          </section>
        ))}
      {plan.priorities.map((priority) => {
        const idPrefix = `${priority.reference}-`;
        return (
          <section key={priority.id} className="print-section">
            <h2>
              <Tag>{priority.reference}</Tag> {priority.title}
            </h2>
            <Sections
              sections={prioritySections(priority)}
              render={prioritySectionViews(graph.site, graph.statuses, priority, ctx.preview, {
                level: "h3",
                idPrefix,
                print: true,
              })}
            />
          </section>
        );
      })}
    </Document>
  );
}
