import { citationFor, datedCitationFor, type Citation } from "@/lib/site/citation";
import type { Citable, Site } from "@/lib/content";

/**
 * The reference, permanent link and a ready citation for a committee report. Plain text in the page,
 * so it prints and works without JavaScript; the copy button appears only where the script runs.
 * Where the item's history is known, the dated form is offered beside it: the link shows the
 * wording of that day for good, even after the item changes.
 */
export function CiteThis({
  site,
  citable,
  id,
  since,
}: {
  site: Site;
  citable: Citable;
  id: string;
  /** The day its current wording took effect, YYYY-MM-DD: what a dated citation today names. */
  since?: string;
}) {
  const citation = citationFor(site, citable);
  const dated = since ? datedCitationFor(site, citable, since) : undefined;
  return (
    <details className="cite">
      <summary>Cite {citation.reference}</summary>
      <dl className="summary-list">
        <div>
          <dt>Reference</dt>
          <dd>{citation.reference}</dd>
        </div>
        <div>
          <dt>Permanent link</dt>
          <dd>
            <a href={citation.permalinkPath}>{citation.permalink}</a>
          </dd>
        </div>
        {dated ? (
          <div>
            <dt>Dated link</dt>
            <dd>
              <a href={dated.permalinkPath}>{dated.permalink}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      <CitationText citation={citation} id={`${id}-citation`} label="Copy citation" />
      {dated ? (
        <>
          <p>
            Or cite it as it stands, dated: “{dated.reference}”. It has read as it does now since
            that day (its wording and its facts), and the dated link will show it so even after it
            changes. Any other day can be cited by ending the link with it, as year-month-day.
          </p>
          <CitationText citation={dated} id={`${id}-dated-citation`} label="Copy dated citation" />
        </>
      ) : null}
    </details>
  );
}

function CitationText({ citation, id, label }: { citation: Citation; id: string; label: string }) {
  return (
    <>
      <p className="cite__text" id={id}>
        {citation.text}
      </p>
      <button type="button" className="button button--secondary" data-copy={id} hidden>
        {label}
      </button>
    </>
  );
}
