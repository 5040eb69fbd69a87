import type { Crumb } from "@/lib/site/trails";

/**
 * Where the page sits. The current page is the h1, so it is not repeated here. Each separator is
 * in the item of the link it introduces, beside the link's first line (app/site.css), so it never
 * stands alone at the end of a line; it is hidden from screen readers, which announce a list.
 */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {trail.map((crumb, i) => (
          <li key={crumb.href}>
            {i > 0 ? (
              <span className="breadcrumbs__separator" aria-hidden="true">
                ›
              </span>
            ) : null}
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
