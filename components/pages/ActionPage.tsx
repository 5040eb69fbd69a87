import { CiteThis } from "@/components/content/CiteThis";
import { EditorNotes } from "@/components/content/EditorNotes";
import { LeadRows } from "@/components/content/LeadRows";
import { Tag } from "@/components/content/Tag";
import { ThemeTags } from "@/components/content/ThemeTags";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { Action, ContentGraph } from "@/lib/content";
import { actionTrail } from "@/lib/site/trails";
import { actionPath, priorityPath, urls, withAnchor } from "@/lib/urls";
import { assetHref } from "@/lib/render/asset-href";

/** One delivery-plan action on its own page: the page a councillor's link lands on. */
export function ActionPage({ graph, action }: { graph: ContentGraph; action: Action }) {
  const { priority } = action;
  const sameGroup = priority.actions.filter(
    (other) => other.group === action.group && other !== action,
  );
  return (
    <Document
      site={graph.site}
      meta={{
        title: `${action.reference}: action ${action.number} of ${priority.plan.title}`,
        description: action.text,
        path: actionPath(action),
        sources: [priority.file],
        scripts: [assetHref("copy-citation.js")],
      }}
    >
      <Breadcrumbs trail={actionTrail(action).slice(0, -1)} />
      <p className="caption">
        {priority.plan.title} · {action.group} <Tag>{action.reference}</Tag>
      </p>
      <h1>Action {action.number}</h1>
      <p className="lead-text">{action.text}</p>
      <EditorNotes notes={action.draftingNotes} />
      <dl className="summary-list">
        <div>
          <dt>Reference</dt>
          <dd>{action.reference}</dd>
        </div>
        <div>
          <dt>Priority</dt>
          <dd>
            <a href={priorityPath(priority)}>
              {priority.reference}: {priority.title}
            </a>
          </dd>
        </div>
        <div>
          <dt>Group</dt>
          <dd>
            <a href={withAnchor(priorityPath(priority), urls.actionAnchor(action.number))}>
              {action.group}
            </a>
          </dd>
        </div>
        <LeadRows action={action} />
      </dl>
      <ThemeTags themes={action.themes} />
      <CiteThis site={graph.site} citable={{ kind: "action", action }} id="action" />
      {sameGroup.length > 0 ? (
        <section aria-labelledby="same-group">
          <h2 id="same-group">Other actions under “{action.group}”</h2>
          <ul className="link-list">
            {sameGroup.map((other) => (
              <li key={other.number}>
                <Tag>{other.reference}</Tag> <a href={actionPath(other)}>{other.text}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Document>
  );
}
