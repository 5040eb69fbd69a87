import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { getContentHistory, type ContentGraph } from "@/lib/content";
import { formatDate } from "@/lib/content/history";
import { pageOfFile } from "@/lib/site/pages";
import { urls } from "@/lib/urls";

/** Content changes by date, from the git history of content/. */
export function ChangesPage({ graph }: { graph: ContentGraph }) {
  const history = getContentHistory();
  const pages = pageOfFile(graph);
  return (
    <Document
      site={graph.site}
      meta={{
        title: "Changes to the plans",
        description: `When the published plans of ${graph.site.name} changed, newest first.`,
        path: urls.changes(),
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <h1>Changes to the plans</h1>
      {!history.available ? (
        <p>The list of changes is not available: {history.reason}.</p>
      ) : (
        <ol className="change-list">
          {history.changes.map((change, index) => (
            <li key={`${change.date}-${index}`}>
              <h2 className="change-list__date">
                <time dateTime={change.date}>{formatDate(change.date)}</time>
              </h2>
              <p>{change.subject}</p>
              <ul className="link-list">
                {change.files.map((file) => {
                  const page = pages.get(file);
                  return (
                    <li key={file}>
                      {page ? <a href={page.path}>{page.path}</a> : <span>{file}</span>}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Document>
  );
}
