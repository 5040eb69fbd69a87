import type { ViewProps } from "@/components/layout/page-context";
import { planFeed } from "./plan-feed";
import { ContentsList } from "@/components/content/ContentsList";
import { DraftingFlags } from "@/components/content/DraftingFlags";
import { Mdx } from "@/components/content/Mdx";
import { PlanHeading } from "@/components/content/PlanHeading";
import { ObjectivesChart } from "@/components/content/ObjectivesChart";
import { PriorityList } from "@/components/content/PriorityList";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { HeadedSection, Sections } from "@/components/layout/Sections";
import { contentsOf } from "@/lib/site/sections";
import { urls } from "@/lib/site/urls";

export function PlanPage({ ctx, params: { plan } }: ViewProps<"plan">) {
  const { graph } = ctx;
  const unthemed = plan.priorities.filter((priority) => !priority.planTheme);
  return (
    <Document
      ctx={ctx}
      meta={{
        description: plan.summary ?? `${plan.title}: ${plan.vision}`,
        feeds: [planFeed(plan)],
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
      <DraftingFlags preview={ctx.preview} notes={plan.draftingNotes ?? []} />
      <ul className="link-list">
        <li>
          <a href={urls.planProgress(plan.id)}>Progress on this plan</a>: every action and objective
          by status.
        </li>
        <li>
          <a href={urls.printPlan(plan.id)}>The whole plan on one page</a>, for printing or saving
          as a PDF.
        </li>
      </ul>
      <ContentsList items={contentsOf(ctx.sections)} />
      <Sections
        sections={ctx.sections}
        render={{
          vision: (section) => (
            <HeadedSection section={section}>
              <p className="vision">{plan.vision}</p>
            </HeadedSection>
          ),
          body: () => (
            <>
              <Mdx preview={ctx.preview} body={plan.body} figures={plan.figures} />
              <ObjectivesChart plan={plan} />
            </>
          ),
          priorities: (section) => (
            <HeadedSection section={section}>
              {unthemed.length > 0 ? <PriorityList priorities={unthemed} /> : null}
              {plan.planThemes.map((theme) => (
                <section key={theme.id} aria-labelledby={urls.planThemeAnchor(theme.id)}>
                  <h3 id={urls.planThemeAnchor(theme.id)}>{theme.title}</h3>
                  <Mdx preview={ctx.preview} body={theme.body} figures={plan.figures} />
                  <PriorityList priorities={theme.priorities} />
                </section>
              ))}
            </HeadedSection>
          ),
          chapters: (section) => (
            <HeadedSection section={section}>
              <ul className="link-list">
                {plan.pages.map((page) => (
                  <li key={page.id}>
                    <a href={urls.planEntry(plan.id, page.id)}>{page.title}</a>
                  </li>
                ))}
              </ul>
            </HeadedSection>
          ),
        }}
      />
    </Document>
  );
}
