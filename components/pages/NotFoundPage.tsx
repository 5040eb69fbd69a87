import { Document } from "@/components/layout/Document";
import type { Site } from "@/lib/content";
import type { ReferenceSuggestion } from "@/lib/site/resolve";
import { urls } from "@/lib/urls";

export function NotFoundPage({
  site,
  suggestions = [],
}: {
  site: Site;
  suggestions?: readonly ReferenceSuggestion[];
}) {
  return (
    <Document
      site={site}
      meta={{
        title: "Page not found",
        description: "There is no page at this address.",
        path: "/",
        noindex: true,
      }}
    >
      <h1>Page not found</h1>
      {suggestions.length > 0 ? (
        <>
          <p>There is no priority, objective or action with that reference. Did you mean:</p>
          <ul className="link-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.reference}>
                <a href={suggestion.path}>{suggestion.reference}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>If you typed the web address, check it is correct.</p>
          <p>If you pasted the web address, check you copied the entire address.</p>
        </>
      )}
      <p>
        You can find every plan, priority and action from the <a href={urls.home()}>home page</a> or
        the <a href={urls.plans()}>list of plans</a>.
      </p>
    </Document>
  );
}
