import type { ContentIssue } from "@/lib/content/issues";
import { editorAddressOf } from "@/lib/site/editor-entry-address";

/**
 * What every page of the local preview shows while a content file has a problem: the problems in
 * the content check's own words (file, line, field, what was expected, how to fix it), each with a
 * link to its entry in the editor. The site's stylesheet, but no header or footer: they are made
 * from the content that cannot be read. Never part of the published site, where a content problem
 * stops the build instead.
 */
export function ContentProblemsPage({
  issues,
  stylesheet,
}: {
  issues: readonly ContentIssue[];
  stylesheet: string;
}) {
  const count = `${issues.length} ${issues.length === 1 ? "problem" : "problems"}`;
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`Content problems (${count}) – local preview`}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <header className="site-header">
          <div className="page-width site-header__inner">
            <span className="site-header__name">Local preview</span>
          </div>
        </header>
        <div className="page-width">
          <main id="main-content" tabIndex={-1}>
            <h1>The content has {count}</h1>
            <p className="lead-text">
              The preview shows the site again once every problem below is fixed: change the file,
              then refresh this page. Until then nothing can be published.
            </p>
            <ol>
              {issues.map((issue, index) => (
                <li key={index}>
                  <Problem issue={issue} />
                </li>
              ))}
            </ol>
          </main>
        </div>
      </body>
    </html>
  );
}

function Problem({ issue }: { issue: ContentIssue }) {
  const editor = editorAddressOf(issue.file);
  return (
    <section className="callout" aria-label={`${issue.file}, line ${issue.line}`}>
      <h2>
        <BreakablePath path={issue.file} />, line {issue.line}
      </h2>
      <p>{issue.message}</p>
      <dl className="summary-list">
        {issue.field ? <Row term="Field" value={issue.field} /> : null}
        {issue.expected !== undefined ? <Row term="Expected" value={issue.expected} /> : null}
        {issue.found !== undefined ? <Row term="Found" value={issue.found} /> : null}
        {issue.hint !== undefined ? <Row term="How to fix it" value={issue.hint} /> : null}
      </dl>
      {editor ? (
        <p>
          <a href={editor}>Open this file in the editor</a>
        </p>
      ) : null}
    </section>
  );
}

/** A long path may break after each "/" on a narrow screen (no inline style: the CSP allows none). */
function BreakablePath({ path }: { path: string }) {
  const parts = path.split("/");
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </span>
      ))}
    </>
  );
}

function Row({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
