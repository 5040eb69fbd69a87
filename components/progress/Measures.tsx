import { FigureChart } from "@/components/charts/FigureChart";
import type { Measure } from "@/lib/content";
import { formatDate } from "@/lib/site/dates";
import { measureTrend } from "@/lib/content/measures";

/** A priority's or objective's measures, each with its data as a chart and table, or plainly none. */
export function Measures({
  measures,
  idPrefix,
  what,
}: {
  measures: readonly Measure[];
  idPrefix: string;
  what: string;
}) {
  if (measures.length === 0) {
    return <p>The council has not yet published measures for this {what}.</p>;
  }
  return (
    <>
      {measures.map((measure) => (
        <MeasureView key={measure.id} measure={measure} idPrefix={idPrefix} />
      ))}
    </>
  );
}

function MeasureView({ measure, idPrefix }: { measure: Measure; idPrefix: string }) {
  const data = measure.data ?? [];
  const trend = measureTrend(measure);
  return (
    <div className="measure">
      <h3>{measure.title}</h3>
      <dl className="summary-list">
        {measure.baseline ? (
          <div>
            <dt>Baseline</dt>
            <dd>
              {measure.baseline.value} {measure.unit} ({measure.baseline.period})
            </dd>
          </div>
        ) : null}
        {measure.target ? (
          <div>
            <dt>Target</dt>
            <dd>
              {measure.target.value} {measure.unit} by{" "}
              <time dateTime={measure.target.date}>{formatDate(measure.target.date)}</time>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Better when</dt>
          <dd>{measure.better === "higher" ? "higher" : "lower"}</dd>
        </div>
        <div>
          <dt>Trend</dt>
          <dd>{trend}</dd>
        </div>
      </dl>
      {data.length > 0 ? (
        <FigureChart
          idPrefix={`${idPrefix}measure-`}
          headingLevel="h4"
          figure={{
            id: measure.id,
            title: `${measure.title}, by period`,
            unit: measure.unit,
            chart: data.length > 1 ? "line" : "column",
            labelHeading: "Period",
            source: [...new Set(data.map((point) => point.source))].join("; "),
            data: data.map((point) => ({ label: point.period, value: point.value })),
          }}
        />
      ) : null}
    </div>
  );
}
