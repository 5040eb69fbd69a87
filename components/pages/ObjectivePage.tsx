import { CiteThis } from "@/components/content/CiteThis";
import { DraftingFlags } from "@/components/content/DraftingFlags";
import { ItemRows } from "@/components/content/ItemRows";
import { Tag } from "@/components/content/Tag";
import { ThemeTags } from "@/components/content/ThemeTags";
import { WithdrawnNotice } from "@/components/content/Withdrawn";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { HeadedSection, Sections } from "@/components/layout/Sections";
import { Measures } from "@/components/progress/Measures";
import { ProgressHistory } from "@/components/progress/ProgressHistory";
import { objectivesHeading } from "@/lib/site/priority-sections";
import { objectiveTrail } from "@/lib/site/trails";
import { priorityPath, urls, withAnchor } from "@/lib/site/urls";
import type { ViewProps } from "@/components/layout/page-context";
import { itemFeedLink, planFeed } from "./plan-feed";
import { ItemLastChanged } from "@/components/history/ItemLastChanged";
import { MajorChange } from "@/components/history/MajorChange";
import { currentSince } from "@/lib/site/item-history";

/** One objective on its own page: its progress and its measures, and where it sits. */
export function ObjectivePage({ ctx, params: { objective } }: ViewProps<"objective">) {
  const { graph } = ctx;
  const { priority } = objective;
  const subject = { kind: "objective", objective } as const;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: objective.text,
        scripts: ["copy-citation.js"],
        feeds: [planFeed(objective.priority.plan), itemFeedLink(subject)],
      }}
    >
      <Breadcrumbs trail={objectiveTrail(objective).slice(0, -1)} />
      <p className="caption">
        {priority.plan.title} · {objectivesHeading(priority.plan)} <Tag>{objective.reference}</Tag>
      </p>
      <h1>Objective {objective.number}</h1>
      <WithdrawnNotice withdrawn={objective.withdrawn} what="objective" />
      <p className="lead-text">{objective.text}</p>
      <MajorChange history={ctx.facts.history} subject={subject} />
      <DraftingFlags preview={ctx.preview} notes={objective.draftingNotes} />
      <dl className="summary-list">
        <ItemRows reference={objective.reference} priority={priority} />
        {objective.period ? (
          <div>
            <dt>Period</dt>
            <dd>{objective.period}</dd>
          </div>
        ) : null}
        <div>
          <dt>In the plan</dt>
          <dd>
            <a href={withAnchor(priorityPath(priority), urls.objectiveAnchor(objective.number))}>
              All objectives of this priority
            </a>
          </dd>
        </div>
      </dl>
      <ThemeTags themes={objective.themes} />
      <ItemLastChanged history={ctx.facts.history} subject={subject} />
      <CiteThis
        site={graph.site}
        citable={subject}
        id="objective"
        since={currentSince(ctx.facts.history, subject)}
      />
      <Sections
        sections={ctx.sections}
        render={{
          progress: (section) => (
            <HeadedSection section={section}>
              <ProgressHistory preview={ctx.preview} updates={objective.updates} />
            </HeadedSection>
          ),
          measures: (section) => (
            <HeadedSection section={section}>
              <Measures measures={objective.measures} idPrefix="" what="objective" />
            </HeadedSection>
          ),
        }}
      />
    </Document>
  );
}
