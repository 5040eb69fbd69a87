import { ContentsList } from "@/components/content/ContentsList";
import { EditorNotes } from "@/components/content/EditorNotes";
import { Mdx } from "@/components/content/Mdx";
import { PlanHeading } from "@/components/content/PlanHeading";
import { ObjectivesChart } from "@/components/content/ObjectivesChart";
import { PriorityList } from "@/components/content/PriorityList";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph, Plan } from "@/lib/content";
import { planContents } from "@/lib/site/anchors";
import { anchors, urls } from "@/lib/urls";

export function PlanPage({ graph, plan }: { graph: ContentGraph; plan: Plan }) {
  const unthemed = plan.priorities.filter((priority) => !priority.planTheme);
  return (
    <Document
      site={graph.site}
      meta={{
        title: plan.title,
        description: plan.summary ?? `${plan.title}: ${plan.vision}`,
        path: urls.plan(plan.id),
        sources: [plan.file, ...plan.planThemes.map((theme) => theme.file)],
      }}
    >
      <Breadcrumbs
        trail={[
          { label: "Home", href: urls.home() },
          { label: "Plans", href: urls.plans() },
        ]}
      />
      <PlanHeading plan={plan} site={graph.site} />
      {plan.subtitle ? <p className="lead-text">{plan.subtitle}</p> : null}
      <EditorNotes notes={plan.draftingNotes ?? []} />
      <p>
        <a href={urls.printPlan(plan.id)}>The whole plan on one page</a>, for printing or saving as
        a PDF.
      </p>
      <ContentsList items={planContents(plan)} />
      <section aria-labelledby={anchors.vision}>
        <h2 id={anchors.vision}>Vision</h2>
        <p className="vision">{plan.vision}</p>
      </section>
      <Mdx body={plan.body} figures={plan.figures} />
      <ObjectivesChart plan={plan} />
      <section aria-labelledby={anchors.priorities}>
        <h2 id={anchors.priorities}>Priorities</h2>
        {unthemed.length > 0 ? <PriorityList priorities={unthemed} /> : null}
        {plan.planThemes.map((theme) => (
          <section key={theme.id} aria-labelledby={urls.planThemeAnchor(theme.id)}>
            <h3 id={urls.planThemeAnchor(theme.id)}>{theme.title}</h3>
            <Mdx body={theme.body} figures={plan.figures} />
            <PriorityList priorities={theme.priorities} />
          </section>
        ))}
      </section>
      {plan.pages.length > 0 ? (
        <section aria-labelledby={anchors.chapters}>
          <h2 id={anchors.chapters}>More from this plan</h2>
          <ul className="link-list">
            {plan.pages.map((page) => (
              <li key={page.id}>
                <a href={urls.planEntry(plan.id, page.id)}>{page.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Document>
  );
}
