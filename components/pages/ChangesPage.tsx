import type { ViewProps } from "@/components/layout/page-context";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { formatDate } from "@/lib/site/dates";
import { describePage, pageOfFile } from "@/lib/site/pages";
import { urls } from "@/lib/site/urls";

/** Which pages changed on which day, newest first, from the git history of content/. */
export function ChangesPage({ ctx }: ViewProps<"changes">) {
  const { graph } = ctx;
  const { history } = ctx.facts;
  const pages = pageOfFile(graph);
  const days = new Map<string, Map<string, string>>();
  if (history.available) {
    for (const change of history.changes) {
      const day = change.date.slice(0, 10);
      const changed = days.get(day) ?? new Map<string, string>();
      for (const file of change.files) {
        const page = pages.get(file);
        if (page) changed.set(page.path, describePage(page).title);
      }
      if (changed.size > 0) days.set(day, changed);
    }
  }
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `When the published plans of ${graph.site.name} changed, newest first.`,
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <h1>Changes to the plans</h1>
      {!history.available ? (
        <p>The list of changes is not available: {history.reason}.</p>
      ) : (
        <ol className="change-list">
          {[...days].map(([day, changed]) => (
            <li key={day}>
              <h2 className="change-list__date">
                <time dateTime={day}>{formatDate(day)}</time>
              </h2>
              <ul className="link-list">
                {[...changed].map(([path, title]) => (
                  <li key={path}>
                    <a href={path}>{title}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </Document>
  );
}
