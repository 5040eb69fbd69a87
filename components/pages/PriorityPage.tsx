import { ActionGroups, groupActions } from "@/components/content/ActionGroups";
import { ContentsList } from "@/components/content/ContentsList";
import { DraftBanner, EditorNotes } from "@/components/content/EditorNotes";
import { Mdx } from "@/components/content/Mdx";
import { Tag } from "@/components/content/Tag";
import { Breadcrumbs, type Crumb } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph, Priority } from "@/lib/content";
import { urls, withAnchor } from "@/lib/urls";

export function PriorityPage({ graph, priority }: { graph: ContentGraph; priority: Priority }) {
  const { plan } = priority;
  const groups = groupActions(priority.actions);
  const trail: Crumb[] = [
    { label: "Home", href: urls.home() },
    { label: plan.title, href: urls.plan(plan.id) },
  ];
  if (priority.planTheme) {
    trail.push({
      label: priority.planTheme.title,
      href: withAnchor(urls.plan(plan.id), urls.planThemeAnchor(priority.planTheme.id)),
    });
  }
  const contents = [
    ...(priority.commitment ? [{ id: "commitment", label: "Our commitment" }] : []),
    ...(priority.objectives.length > 0
      ? [{ id: "objectives", label: "Objectives and areas of focus" }]
      : []),
    ...priority.body.headings
      .filter((h) => h.depth === 2)
      .map((h) => ({ id: h.id, label: h.text })),
    ...(priority.actions.length > 0 ? [{ id: "actions", label: "Delivery plan actions" }] : []),
  ];
  return (
    <Document
      site={graph.site}
      meta={{
        title: `${priority.reference}: ${priority.shortTitle ?? priority.title}`,
        description:
          priority.summary ??
          priority.commitment ??
          `${plan.title}, priority ${priority.number}: ${priority.title}`,
        path: urls.planEntry(plan.id, priority.id),
      }}
    >
      <Breadcrumbs trail={trail} />
      <DraftBanner draft={priority.draft} />
      <p className="caption">
        {plan.title} · Priority {priority.number} <Tag>{priority.reference}</Tag>
      </p>
      <h1>{priority.title}</h1>
      <EditorNotes notes={priority.draftingNotes ?? []} />
      <ContentsList items={contents} />
      {priority.commitment ? (
        <section aria-labelledby="commitment">
          <h2 id="commitment">Our commitment</h2>
          <p className="commitment">{priority.commitment}</p>
        </section>
      ) : null}
      {priority.objectives.length > 0 ? (
        <section aria-labelledby="objectives">
          <h2 id="objectives">Objectives and areas of focus</h2>
          <ol className="objective-list">
            {priority.objectives.map((objective) => (
              <li key={objective.number} id={urls.objectiveAnchor(objective.number)}>
                <Tag>{objective.reference}</Tag> {objective.text}
                <EditorNotes notes={objective.draftingNotes} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <Mdx body={priority.body} />
      {priority.actions.length > 0 ? (
        <section aria-labelledby="actions">
          <h2 id="actions">Delivery plan actions</h2>
          <p>
            What the council will do to deliver this priority, and who will lead each action. There
            are {priority.actions.length} actions.
          </p>
          <ActionGroups groups={groups} />
        </section>
      ) : null}
    </Document>
  );
}
