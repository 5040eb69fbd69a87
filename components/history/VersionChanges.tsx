import type { ContentGraph, Plan } from "@/lib/content";
import type { FieldChange } from "@/lib/content/item-history/build";
import { WORDING_FIELDS } from "@/lib/content/item-history/snapshot";
import { ABSENCE_MEANS, describeValue, fieldLabel, shownText } from "@/lib/site/item-history";
import { WordDiff } from "./WordDiff";

/** What one version changed, field by field: wording word by word, facts before and after. */
export function VersionChanges({
  graph,
  plan,
  changes,
}: {
  graph: ContentGraph;
  plan: Plan;
  changes: readonly FieldChange[];
}) {
  return (
    <dl className="summary-list version-changes">
      {changes.map((change) => (
        <div key={change.field}>
          <dt>{fieldLabel(change.field)}</dt>
          <dd>
            <FieldChangeView graph={graph} plan={plan} change={change} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function FieldChangeView({
  graph,
  plan,
  change,
}: {
  graph: ContentGraph;
  plan: Plan;
  change: FieldChange;
}) {
  const { field, before, after } = change;
  if (WORDING_FIELDS.has(field) && typeof before === "string" && typeof after === "string") {
    return <WordDiff before={shownText(field, before)} after={shownText(field, after)} />;
  }
  const was = describeValue(graph, plan, field, before);
  const is = describeValue(graph, plan, field, after);
  return (
    <>
      <p className="version-changes__value">
        <span className="version-changes__label">Before:</span>{" "}
        {shown(field, was, "Not recorded then")}
      </p>
      <p className="version-changes__value">
        <span className="version-changes__label">After:</span>{" "}
        {shown(field, is, "No longer recorded")}
      </p>
    </>
  );
}

/**
 * A side of a change, or for a side that does not give the field what that means, or else only
 * that it was not there: the version before may predate the field ("none given" would say the
 * council gave none).
 */
function shown(field: string, values: readonly string[], absent: string): string {
  if (values.length === 0) return ABSENCE_MEANS[field] ?? absent;
  return values.map((value) => shownText(field, value)).join(field === "measures" ? "; " : ", ");
}
