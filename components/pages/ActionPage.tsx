import type { ViewProps } from "@/components/layout/page-context";
import { itemFeedLink, planFeed } from "./plan-feed";
import { ItemLastChanged } from "@/components/history/ItemLastChanged";
import { MajorChange } from "@/components/history/MajorChange";
import { currentSince } from "@/lib/site/item-history";
import { CiteThis } from "@/components/content/CiteThis";
import { DraftingFlags } from "@/components/content/DraftingFlags";
import { ItemRows } from "@/components/content/ItemRows";
import { LeadRows } from "@/components/content/LeadRows";
import { Tag } from "@/components/content/Tag";
import { ThemeTags } from "@/components/content/ThemeTags";
import { WithdrawnNotice } from "@/components/content/Withdrawn";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { HeadedSection, Sections } from "@/components/layout/Sections";
import { ProgressHistory } from "@/components/progress/ProgressHistory";
import { sameGroupAs } from "@/lib/site/action-groups";
import { actionTrail } from "@/lib/site/trails";
import { actionPath, priorityPath, urls, withAnchor } from "@/lib/site/urls";

/** One delivery-plan action on its own page: the page a councillor's link lands on. */
export function ActionPage({ ctx, params: { action } }: ViewProps<"action">) {
  const { graph } = ctx;
  const { priority } = action;
  const subject = { kind: "action", action } as const;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: action.text,
        scripts: ["copy-citation.js"],
        feeds: [planFeed(action.priority.plan), itemFeedLink(subject)],
      }}
    >
      <Breadcrumbs trail={actionTrail(action).slice(0, -1)} />
      <p className="caption">
        {priority.plan.title} · {action.group} <Tag>{action.reference}</Tag>
      </p>
      <h1>Action {action.number}</h1>
      <WithdrawnNotice withdrawn={action.withdrawn} what="action" />
      <p className="lead-text">{action.text}</p>
      <MajorChange history={ctx.facts.history} subject={subject} />
      <DraftingFlags preview={ctx.preview} notes={action.draftingNotes} />
      <dl className="summary-list">
        <ItemRows reference={action.reference} priority={priority} />
        <div>
          <dt>Group</dt>
          <dd>
            <a href={withAnchor(priorityPath(priority), urls.actionAnchor(action.number))}>
              {action.group}
            </a>
          </dd>
        </div>
        <LeadRows preview={ctx.preview} action={action} />
      </dl>
      <ThemeTags themes={action.themes} />
      <ItemLastChanged history={ctx.facts.history} subject={subject} />
      <CiteThis
        site={graph.site}
        citable={subject}
        id="action"
        since={currentSince(ctx.facts.history, subject)}
      />
      <Sections
        sections={ctx.sections}
        render={{
          progress: (section) => (
            <HeadedSection section={section}>
              <ProgressHistory preview={ctx.preview} updates={action.updates} />
            </HeadedSection>
          ),
          sameGroup: (section) => (
            <HeadedSection section={section}>
              <ul className="link-list">
                {sameGroupAs(action).map((other) => (
                  <li key={other.number}>
                    <Tag>{other.reference}</Tag> <a href={actionPath(other)}>{other.text}</a>
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
