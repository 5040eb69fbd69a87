import { ActionGroups } from "@/components/content/ActionGroups";
import { Mdx } from "@/components/content/Mdx";
import { PlanHeading } from "@/components/content/PlanHeading";
import { Tag } from "@/components/content/Tag";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph, Plan } from "@/lib/content";
import { groupActions } from "@/lib/site/action-groups";
import { urls } from "@/lib/urls";

/**
 * The whole plan on one page, for printing or saving as PDF. Sections are plain text under
 * headings one level down from their own pages; anchors are prefixed so they stay unique.
 */
export function PlanPrintPage({ graph, plan }: { graph: ContentGraph; plan: Plan }) {
  return (
    <Document
      site={graph.site}
      meta={{
        title: `${plan.title}: the whole plan`,
        description: `${plan.title} in full, on one page for printing or saving as PDF.`,
        path: urls.printPlan(plan.id),
        sources: [
          plan.file,
          ...plan.priorities.map((p) => p.file),
          ...plan.pages.map((p) => p.file),
        ],
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
      <Mdx body={plan.body} figures={plan.figures} idPrefix="plan-" />
      {plan.pages
        .filter((page) => page.body.code !== "")
        .map((page) => (
          <section key={page.id} className="print-section">
            <h2>{page.title}</h2>
            <Mdx body={page.body} idPrefix={`${page.id}-`} figures={plan.figures} />
          </section>
        ))}
      {plan.priorities.map((priority) => (
        <section key={priority.id} className="print-section">
          <h2>
            <Tag>{priority.reference}</Tag> {priority.title}
          </h2>
          {priority.commitment ? <p className="commitment">{priority.commitment}</p> : null}
          {priority.objectives.length > 0 ? (
            <ol className="objective-list">
              {priority.objectives.map((objective) => (
                <li key={objective.number}>
                  <Tag>{objective.reference}</Tag> {objective.text}
                </li>
              ))}
            </ol>
          ) : null}
          <Mdx body={priority.body} idPrefix={`${priority.reference}-`} figures={plan.figures} />
          {priority.actions.length > 0 ? (
            <>
              <h3>Delivery plan actions</h3>
              <ActionGroups
                groups={groupActions(priority.actions)}
                headingLevel="h4"
                idPrefix={`${priority.reference}-`}
              />
            </>
          ) : null}
        </section>
      ))}
    </Document>
  );
}
