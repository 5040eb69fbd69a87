import { Tag } from "@/components/content/Tag";
import { VersionChanges } from "@/components/history/VersionChanges";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph } from "@/lib/content";
import type { ItemHistory } from "@/lib/content/history";
import { formatDate } from "@/lib/site/dates";
import type { ItemVersion } from "@/lib/content/item-history/build";
import {
  itemHistory,
  subjectName,
  subjectPath,
  subjectPlan,
  subjectReference,
  type HistorySubject,
} from "@/lib/site/item-history";
import { subjectTrail } from "@/lib/site/trails";
import { urls } from "@/lib/site/urls";
import type { PageContext } from "@/components/layout/page-context";
import { itemFeedLink } from "./plan-feed";

/**
 * Every version of one item or chapter, newest first: its date, the editor's note, and what it
 * changed (wording word by word, facts before and after). Minor changes are folded away.
 */
export function ItemHistoryPage({
  ctx,
  params: { subject },
}: {
  ctx: PageContext;
  params: { subject: HistorySubject };
}) {
  const { history } = ctx.facts;
  const item = itemHistory(history, subject);
  const name = subjectName(subject);
  const path = subjectPath(subject);
  const reference = subjectReference(subject);
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `Every change to the wording and facts of ${name}, with its date, newest first.`,
        feeds: subject.kind === "chapter" ? [] : [itemFeedLink(subject)],
      }}
    >
      <Breadcrumbs trail={subjectTrail(subject)} />
      <p className="caption">
        {subjectPlan(subject).title} {reference ? <Tag>{reference}</Tag> : null}
      </p>
      <h1>History of {name}</h1>
      {!history.available ? (
        <p>
          The history of {name} is not available in this copy of the site: {history.reason}. Its{" "}
          <a href={path}>page as it is today</a> shows its current wording.
        </p>
      ) : !item ? (
        <p>
          {name} is not yet in the recorded history of this copy of the site. See its{" "}
          <a href={path}>page as it is today</a>.
        </p>
      ) : (
        <>
          <Intro subject={subject} item={item} />
          <ol className="version-list">
            {item.versions
              .map((version, index) => ({ version, number: index + 1 }))
              .reverse()
              .map(({ version, number }) => (
                <VersionEntry
                  key={number}
                  graph={ctx.graph}
                  subject={subject}
                  version={version}
                  number={number}
                />
              ))}
          </ol>
        </>
      )}
    </Document>
  );
}

function Intro({ subject, item }: { subject: HistorySubject; item: ItemHistory }) {
  const path = subjectPath(subject);
  const first = item.versions[0]!;
  return (
    <>
      <p>
        Every change to the wording and facts of {subjectName(subject)} since it was first published
        on this site on <time dateTime={first.day}>{formatDate(first.day)}</time>, newest first.
        Removed words are struck through and added words are underlined.
      </p>
      <ul className="link-list">
        <li>
          <a href={path}>{subjectName(subject)} as it is today</a>
        </li>
        {subject.kind !== "chapter" ? (
          <li>
            <a href={urls.itemFeed(path)}>Follow its changes in a feed reader (Atom)</a>
          </li>
        ) : null}
        <li>
          <a href={urls.historyData("csv")}>Every change to every item, as open data (CSV)</a>
        </li>
      </ul>
    </>
  );
}

const EVENTS: Record<ItemVersion["event"], string> = {
  published: "First published on this site",
  changed: "Changed",
  removed: "Removed from the published plan",
  restored: "Published again",
};

function VersionEntry({
  graph,
  subject,
  version,
  number,
}: {
  graph: ContentGraph;
  subject: HistorySubject;
  version: ItemVersion;
  number: number;
}) {
  const id = urls.versionAnchor(number);
  const reference = subjectReference(subject);
  const details = (
    <>
      {version.note?.note ? (
        <p className="change-note">
          <strong>Note:</strong> {version.note.note}
        </p>
      ) : null}
      {version.changes.length > 0 ? (
        <VersionChanges graph={graph} plan={subjectPlan(subject)} changes={version.changes} />
      ) : null}
      {reference && version.snapshot ? (
        <p>
          <a href={urls.datedReference(reference, version.day)}>
            {reference} as it stood on {formatDate(version.day)}
          </a>
        </p>
      ) : null}
    </>
  );
  return (
    <li className="version" id={id}>
      <h2 className="version__heading">
        <time dateTime={version.day}>{formatDate(version.day)}</time>: {EVENTS[version.event]}
        {version.note?.kind === "major" ? (
          <>
            {" "}
            <Tag tone="yellow">Major change</Tag>
          </>
        ) : null}
      </h2>
      {version.note?.kind === "minor" ? (
        <details className="version__minor">
          <summary>A minor change: show it</summary>
          {details}
        </details>
      ) : (
        details
      )}
    </li>
  );
}
