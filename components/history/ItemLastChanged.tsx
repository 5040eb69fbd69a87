import type { ContentHistory } from "@/lib/content/history";
import { formatDate } from "@/lib/site/dates";
import {
  fieldList,
  itemHistory,
  subjectPath,
  subjectReference,
  summarise,
  type HistorySubject,
} from "@/lib/site/item-history";
import { urls } from "@/lib/site/urls";

/**
 * Near the top of an item's page (as GOV.UK's "Last updated … see all updates"): when its own
 * wording last changed, and its facts after that, from its history, never from the dates of its
 * file; with links to every change and its feed. Every item's view renders it: the end-to-end
 * tests check each item page links its history.
 */
export function ItemLastChanged({
  history,
  subject,
}: {
  history: ContentHistory;
  subject: HistorySubject;
}) {
  const name = subjectReference(subject) ?? "this chapter";
  const links = <HistoryLinks subject={subject} name={name} />;
  if (!history.available) {
    return (
      <p className="item-changed">
        The history of {name} is not available in this copy of the site: {history.reason}. {links}
      </p>
    );
  }
  const item = itemHistory(history, subject);
  const summary = item ? summarise(item) : undefined;
  if (!summary) {
    return (
      <p className="item-changed">
        {name === "this chapter" ? "This chapter" : name} is not yet in the recorded history of this
        copy of the site. {links}
      </p>
    );
  }
  const { wording, facts, first } = summary;
  const factFields = facts ? facts.changes.map((change) => change.field) : [];
  return (
    <p className="item-changed">
      {wording ? (
        <>
          Wording last changed <time dateTime={wording.day}>{formatDate(wording.day)}</time>.{" "}
        </>
      ) : (
        <>
          Wording unchanged since it was first published on this site,{" "}
          <time dateTime={first.day}>{formatDate(first.day)}</time>.{" "}
        </>
      )}
      {facts ? (
        <>
          {capitalise(fieldList(factFields))} last changed{" "}
          <time dateTime={facts.day}>{formatDate(facts.day)}</time>.{" "}
        </>
      ) : null}
      {links}
    </p>
  );
}

function HistoryLinks({ subject, name }: { subject: HistorySubject; name: string }) {
  const path = subjectPath(subject);
  return (
    <>
      <a href={urls.history(path)}>See every change to {name}</a>
      {subject.kind !== "chapter" ? (
        <>
          {" "}
          or <a href={urls.itemFeed(path)}>follow its changes in a feed reader</a>
        </>
      ) : null}
      .
    </>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
