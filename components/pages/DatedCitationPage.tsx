import { VersionFields } from "@/components/history/VersionFields";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { formatDate } from "@/lib/site/dates";
import { type ContentHistory } from "@/lib/content/history";
import type { ItemVersion } from "@/lib/content/item-history/build";
import {
  fieldList,
  historyKey,
  itemHistory,
  planWasDraft,
  subjectName,
  subjectPath,
  subjectPlan,
  versionOn,
  versionsAfter,
  type HistorySubject,
} from "@/lib/site/item-history";
import { subjectTrail } from "@/lib/site/trails";
import { urls } from "@/lib/site/urls";
import type { ViewProps } from "@/components/layout/page-context";

/**
 * A dated citation, /ref/CP18-2.16/2026-03-01: the item as it stood at the end of that day, under a
 * banner that says so, says whether and when it changed since, and links to today's page. It is a
 * view of the item's page, so that page is its canonical address.
 */
export function DatedCitationPage({ ctx, params: { citable, day } }: ViewProps<"datedReference">) {
  const { history } = ctx.facts;
  const reference = historyKey(citable);
  const item = itemHistory(history, citable);
  const version = item ? versionOn(item, day) : undefined;
  const plan = subjectPlan(citable);
  const when = formatDate(day);
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `${subjectName(citable)} of the ${plan.title}, as it stood on ${when}.`,
        canonical: subjectPath(citable),
      }}
    >
      <Breadcrumbs trail={subjectTrail(citable)} />
      <div className="dated-banner">
        {version ? (
          <Since subject={citable} day={day} later={versionsAfter(item!, day)} />
        ) : (
          <p>
            <strong>
              {reference} cannot be shown as it stood on {when}:
            </strong>{" "}
            {history.available
              ? "it is not yet in the recorded history of this copy of the site"
              : `its history is not available in this copy of the site (${history.reason})`}
            , so whether it has changed since that day is not known here.
          </p>
        )}
        <p>
          <a href={subjectPath(citable)}>{reference} as it is today</a>
          {" · "}
          <a href={urls.history(subjectPath(citable))}>every change to {reference}</a>
        </p>
      </div>
      <DraftThen history={history} citable={citable} day={day} />
      <h1>
        {subjectName(citable)} on {when}
      </h1>
      {version?.snapshot ? (
        <VersionFields graph={ctx.graph} plan={plan} snapshot={version.snapshot} />
      ) : version ? (
        <p>
          On {when}, {reference} was not part of the published plan: it had been removed on{" "}
          {formatDate(version.day)}.
        </p>
      ) : null}
    </Document>
  );
}

function Since({
  subject,
  day,
  later,
}: {
  subject: HistorySubject;
  day: string;
  later: readonly ItemVersion[];
}) {
  const reference = historyKey(subject);
  const latest = later.at(-1);
  return (
    <>
      <p>
        <strong>
          You are reading {reference} as it stood on <time dateTime={day}>{formatDate(day)}</time>.
        </strong>
      </p>
      {latest ? (
        <p>
          It has changed since: {later.length === 1 ? "once" : `${later.length} times`}, most
          recently on <time dateTime={latest.day}>{formatDate(latest.day)}</time>
          {latest.changes.length > 0
            ? ` (${fieldList(latest.changes.map((change) => change.field))})`
            : ""}
          .
        </p>
      ) : (
        <p>It has not changed since.</p>
      )}
    </>
  );
}

/** A plan adopted since: the item was part of a draft on that day, which must not read as final. */
function DraftThen({
  history,
  citable,
  day,
}: {
  history: ContentHistory;
  citable: HistorySubject;
  day: string;
}) {
  const plan = subjectPlan(citable);
  if (plan.status === "draft" || !planWasDraft(history, plan, day)) return null;
  return (
    <p className="draft-then">
      On {formatDate(day)} the {plan.title} was a draft: the council had not adopted it.
    </p>
  );
}
