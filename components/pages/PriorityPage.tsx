import { ActionGroups } from "@/components/content/ActionGroups";
import { CiteThis } from "@/components/content/CiteThis";
import { ContentsList } from "@/components/content/ContentsList";
import { DraftBanner, EditorNotes } from "@/components/content/EditorNotes";
import { Mdx } from "@/components/content/Mdx";
import { PriorityPager } from "@/components/content/PriorityPager";
import { RelatedPriorities } from "@/components/content/RelatedPriorities";
import { Tag } from "@/components/content/Tag";
import { ThemeTags } from "@/components/content/ThemeTags";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph, Priority } from "@/lib/content";
import { groupActions } from "@/lib/site/action-groups";
import { priorityContents } from "@/lib/site/anchors";
import { priorityTrail } from "@/lib/site/trails";
import { anchors, priorityPath, urls } from "@/lib/urls";
import { assetHref } from "@/lib/render/asset-href";

export function PriorityPage({ graph, priority }: { graph: ContentGraph; priority: Priority }) {
  const { plan } = priority;
  return (
    <Document
      site={graph.site}
      meta={{
        title: `${priority.reference}: ${priority.shortTitle ?? priority.title}`,
        description:
          priority.summary ??
          priority.commitment ??
          `${plan.title}, priority ${priority.number}: ${priority.title}`,
        path: priorityPath(priority),
        sources: [priority.file],
        scripts: [assetHref("copy-citation.js")],
      }}
    >
      <Breadcrumbs trail={priorityTrail(priority).slice(0, -1)} />
      <DraftBanner draft={priority.draft} />
      <p className="caption">
        {plan.title} · Priority {priority.number} <Tag>{priority.reference}</Tag>
      </p>
      <h1>{priority.title}</h1>
      <EditorNotes notes={priority.draftingNotes ?? []} />
      <ThemeTags themes={priority.themes} />
      <CiteThis site={graph.site} citable={{ kind: "priority", priority }} id="priority" />
      <ContentsList items={priorityContents(priority)} />
      {priority.commitment ? (
        <section aria-labelledby={anchors.commitment}>
          <h2 id={anchors.commitment}>Our commitment</h2>
          <p className="commitment">{priority.commitment}</p>
        </section>
      ) : null}
      {priority.objectives.length > 0 ? (
        <section aria-labelledby={anchors.objectives}>
          <h2 id={anchors.objectives}>Objectives and areas of focus</h2>
          <ol className="objective-list">
            {priority.objectives.map((objective) => {
              const id = urls.objectiveAnchor(objective.number);
              return (
                <li key={objective.number} id={id}>
                  <p className="objective__text">
                    <Tag>{objective.reference}</Tag> {objective.text}
                  </p>
                  <EditorNotes notes={objective.draftingNotes} />
                  <ThemeTags themes={objective.themes} />
                  <CiteThis site={graph.site} citable={{ kind: "objective", objective }} id={id} />
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
      <Mdx body={priority.body} figures={plan.figures} />
      {priority.measures && priority.measures.length > 0 ? (
        <section aria-labelledby={anchors.measures}>
          <h2 id={anchors.measures}>How we will measure progress</h2>
          <ul className="link-list">
            {priority.measures.map((measure) => (
              <li key={measure}>{measure}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {priority.actions.length > 0 ? (
        <section aria-labelledby={anchors.actions}>
          <h2 id={anchors.actions}>Delivery plan actions</h2>
          <p>
            What the council will do to deliver this priority, and who will lead each action. There
            are {priority.actions.length} actions.
          </p>
          <ActionGroups groups={groupActions(priority.actions)} />
        </section>
      ) : null}
      <RelatedPriorities priority={priority} />
      <PriorityPager priority={priority} />
    </Document>
  );
}
