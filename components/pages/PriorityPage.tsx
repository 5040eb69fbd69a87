import type { ViewProps } from "@/components/layout/page-context";
import { itemFeedLink, planFeed } from "./plan-feed";
import { ItemLastChanged } from "@/components/history/ItemLastChanged";
import { MajorChange } from "@/components/history/MajorChange";
import { currentSince } from "@/lib/site/item-history";
import { CiteThis } from "@/components/content/CiteThis";
import { ContentsList } from "@/components/content/ContentsList";
import { DraftBanner, DraftingFlags } from "@/components/content/DraftingFlags";
import { PriorityPager } from "@/components/content/PriorityPager";
import { Tag } from "@/components/content/Tag";
import { prioritySectionViews } from "@/components/content/PrioritySections";
import { ThemeTags } from "@/components/content/ThemeTags";
import { WithdrawnNotice } from "@/components/content/Withdrawn";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { Sections } from "@/components/layout/Sections";
import { priorityTrail } from "@/lib/site/trails";
import { contentsOf } from "@/lib/site/sections";

export function PriorityPage({ ctx, params: { priority } }: ViewProps<"priority">) {
  const { graph } = ctx;
  const { plan } = priority;
  const subject = { kind: "priority", priority } as const;
  return (
    <Document
      ctx={ctx}
      meta={{
        description:
          priority.summary ??
          priority.commitment ??
          `${plan.title}, priority ${priority.number}: ${priority.title}`,
        scripts: ["copy-citation.js"],
        feeds: [planFeed(priority.plan), itemFeedLink(subject)],
      }}
    >
      <Breadcrumbs trail={priorityTrail(priority).slice(0, -1)} />
      <DraftBanner preview={ctx.preview} draft={priority.draft} />
      <p className="caption">
        {plan.title} · Priority {priority.number} <Tag>{priority.reference}</Tag>
      </p>
      <h1>{priority.title}</h1>
      <WithdrawnNotice withdrawn={priority.withdrawn} what="priority" />
      <MajorChange history={ctx.facts.history} subject={subject} />
      <DraftingFlags preview={ctx.preview} notes={priority.draftingNotes ?? []} />
      <ThemeTags themes={priority.themes} />
      <ItemLastChanged history={ctx.facts.history} subject={subject} />
      <CiteThis
        site={graph.site}
        citable={subject}
        id="priority"
        since={currentSince(ctx.facts.history, subject)}
      />
      <ContentsList items={contentsOf(ctx.sections)} />
      <Sections
        sections={ctx.sections}
        render={prioritySectionViews(graph.site, graph.statuses, priority, ctx.preview)}
      />
      <PriorityPager priority={priority} />
    </Document>
  );
}
