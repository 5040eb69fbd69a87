import { ContentsList } from "@/components/content/ContentsList";
import { plural } from "@/components/content/PriorityList";
import { Tag } from "@/components/content/Tag";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { HeadedSection, Sections } from "@/components/layout/Sections";
import { ProgressSummary } from "@/components/progress/ProgressSummary";
import { RollUpTable } from "@/components/progress/RollUpTable";
import { StatusTag } from "@/components/progress/StatusTag";
import { formatDate } from "@/lib/site/dates";
import {
  currentUpdate,
  itemsDue,
  itemsOfPlan,
  periodWords,
  reportingPeriodStart,
  rollUp,
  isAction,
  type TrackedItem,
} from "@/lib/content/progress";
import { contentsOf } from "@/lib/site/sections";
import { citablePath, priorityPath, urls, withAnchor } from "@/lib/site/urls";
import type { ViewProps } from "@/components/layout/page-context";
import { planFeed } from "./plan-feed";

/** A whole plan's progress, rolled up by priority, by the plan's themes and by cross-plan theme. */
export function PlanProgressPage({ ctx, params: { plan, themes } }: ViewProps<"planProgress">) {
  const { statuses } = ctx.graph;
  const items = itemsOfPlan(plan);
  const whole = rollUp(items, statuses);
  const today = ctx.facts.today;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `How the ${plan.title} is being delivered: every action and objective, by status.`,
        feeds: [planFeed(plan)],
      }}
    >
      <Breadcrumbs
        trail={[
          { label: "Home", href: urls.home() },
          { label: plan.title, href: urls.plan(plan.id) },
        ]}
      />
      <p className="caption">{plan.title}</p>
      <h1>Progress</h1>
      <p>
        {whole.latest ? (
          <>
            The latest report is dated{" "}
            <time dateTime={whole.latest}>{formatDate(whole.latest)}</time>.
          </>
        ) : (
          "Nothing has been reported yet on this plan's actions and objectives."
        )}{" "}
        <a href={urls.planFeed(plan.id)}>Follow updates (Atom feed)</a>.
      </p>
      <ContentsList items={contentsOf(ctx.sections)} />
      <ProgressSummary
        rollUp={whole}
        id="plan"
        what={`actions and objectives of the ${plan.title}`}
      />
      <Sections
        sections={ctx.sections}
        render={{
          byPriority: (section) => (
            <HeadedSection section={section}>
              <RollUpTable
                caption="Progress by priority"
                groupHeading="Priority"
                rows={plan.priorities.map((priority) => ({
                  label: `${priority.reference}: ${priority.shortTitle ?? priority.title}`,
                  href: priorityPath(priority),
                  items: [...priority.objectives, ...priority.actions],
                }))}
                statuses={statuses}
              />
            </HeadedSection>
          ),
          byPlanTheme: (section) => (
            <HeadedSection section={section}>
              <RollUpTable
                caption="Progress by theme of the plan"
                groupHeading="Theme of the plan"
                rows={plan.planThemes.map((theme) => ({
                  label: theme.title,
                  href: withAnchor(urls.plan(plan.id), urls.planThemeAnchor(theme.id)),
                  items: theme.priorities.flatMap((p) => [...p.objectives, ...p.actions]),
                }))}
                statuses={statuses}
              />
            </HeadedSection>
          ),
          byTheme: (section) => (
            <HeadedSection section={section}>
              <RollUpTable
                caption="Progress by theme across the plans"
                groupHeading="Theme"
                rows={themes
                  .map((theme) => ({
                    label: theme.title,
                    href: urls.theme(theme.id),
                    items: items.filter((item) => item.themes.includes(theme)),
                  }))
                  .filter((row) => row.items.length > 0)}
                statuses={statuses}
              />
            </HeadedSection>
          ),
          due: (section) => (
            <HeadedSection section={section}>
              <DueItems
                items={itemsDue(plan, today)}
                period={periodWords(plan) ?? ""}
                since={reportingPeriodStart(plan, today) ?? today}
              />
            </HeadedSection>
          ),
        }}
      />
    </Document>
  );
}

function DueItems({
  items,
  period,
  since,
}: {
  items: readonly TrackedItem[];
  period: string;
  since: string;
}) {
  if (items.length === 0) {
    return <p>Every action and objective has been reported on in the last {period}.</p>;
  }
  return (
    <>
      <p>
        {plural(items.length, "item")} had no update in the last {period} (since{" "}
        <time dateTime={since}>{formatDate(since)}</time>).
      </p>
      <ul className="link-list">
        {items.map((item) => (
          <li key={item.reference}>
            <Tag>{item.reference}</Tag>{" "}
            <a
              href={citablePath(
                isAction(item)
                  ? { kind: "action", action: item }
                  : { kind: "objective", objective: item },
              )}
            >
              {item.text}
            </a>{" "}
            <StatusTag update={currentUpdate(item)} />
          </li>
        ))}
      </ul>
    </>
  );
}
