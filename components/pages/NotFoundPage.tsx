import { Document } from "@/components/layout/Document";
import type { Suggestion } from "@/lib/site/page-kind";
import type { PageContext } from "@/components/layout/page-context";
import { urls } from "@/lib/site/urls";

/** The not-found page's title: its context's, as no page kind declares it. */
export const NOT_FOUND_TITLE = "Page not found";

/** Our own "Page not found", for any address the site does not have (status 404). */
export function NotFoundPage({
  ctx,
  suggestions = [],
  message,
}: {
  ctx: PageContext;
  suggestions?: readonly Suggestion[];
  /** Why there is no page here, where the address's kind can say (a date not yet come). */
  message?: string;
}) {
  return (
    <Document
      ctx={ctx}
      meta={{
        description: "There is no page at this address.",
        noindex: true,
      }}
    >
      <h1>Page not found</h1>
      {message ? <p>{message}</p> : null}
      {suggestions.length > 0 ? (
        <>
          <p>
            {message
              ? "You may want:"
              : "There is no priority, objective or action with that reference. Did you mean:"}
          </p>
          <ul className="link-list">
            {suggestions.map((suggestion) => (
              <li key={suggestion.path}>
                <a href={suggestion.path}>{suggestion.label}</a>
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
