import { citationFor } from "@/lib/citation";
import type { Citable, Site } from "@/lib/content";

/**
 * The reference, permanent link and a ready citation for a committee report. Plain text in the page,
 * so it prints and works without JavaScript; the copy button appears only where the script runs.
 */
export function CiteThis({ site, citable, id }: { site: Site; citable: Citable; id: string }) {
  const citation = citationFor(site, citable);
  const textId = `${id}-citation`;
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
      </dl>
      <p className="cite__text" id={textId}>
        {citation.text}
      </p>
      <button type="button" className="button button--secondary" data-copy={textId} hidden>
        Copy citation
      </button>
    </details>
  );
}
