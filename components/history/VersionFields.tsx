import { DraftingFlag } from "@/components/content/DraftingFlags";
import type { ContentGraph, Plan } from "@/lib/content";
import { HISTORY_FIELDS, type Snapshot } from "@/lib/content/item-history/snapshot";
import { isNoteKind } from "@/lib/content/note-kinds";
import { ABSENCE_MEANS, describeValue, fieldLabel, shownText } from "@/lib/site/item-history";

/**
 * The facts shown even when the version did not give them, as what that means; other fields are
 * left out when not given (not being withdrawn goes without saying).
 */
const SHOWN_WHEN_ABSENT: ReadonlySet<string> = new Set(["lead", "status", "themes"]);

/** The field a version leads with: an item's text, or a priority's or chapter's title. */
const LEADING = ["text", "title"];

/**
 * An item as one version had it: its text, what the council had marked unfinished about it then,
 * and every other field named as the pages name it; a priority's or chapter's own text last.
 */
export function VersionFields({
  graph,
  plan,
  snapshot,
}: {
  graph: ContentGraph;
  plan: Plan;
  snapshot: Snapshot;
}) {
  const fields = HISTORY_FIELDS[snapshot.subject];
  const lead = fields.find((field) => LEADING.includes(field));
  const rest = fields.filter((field) => field !== lead && field !== "body");
  const leading = lead ? snapshot.fields[lead] : undefined;
  const body = snapshot.fields.body;
  return (
    <>
      {typeof leading === "string" ? <p className="lead-text">{leading}</p> : null}
      {(snapshot.flags ?? []).filter(isNoteKind).map((kind) => (
        <DraftingFlag key={kind} kind={kind} />
      ))}
      <dl className="summary-list">
        {rest.map((field) => {
          const values = describeValue(graph, plan, field, snapshot.fields[field]);
          const shown =
            values.length > 0
              ? values.join(field === "measures" ? "; " : ", ")
              : SHOWN_WHEN_ABSENT.has(field)
                ? ABSENCE_MEANS[field]
                : undefined;
          return shown === undefined ? null : (
            <div key={field}>
              <dt>{fieldLabel(field)}</dt>
              <dd>{shown}</dd>
            </div>
          );
        })}
      </dl>
      {typeof body === "string" ? (
        <div className="version-text">
          <h2>{fieldLabel("body")}</h2>
          {shownText("body", body)
            .split(/\n{2,}/)
            .map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
        </div>
      ) : null}
    </>
  );
}
