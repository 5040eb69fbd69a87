import type { Site } from "@/lib/content";
import { urls } from "@/lib/site/urls";

export function SiteFooter({ site }: { site: Site }) {
  return (
    <footer className="site-footer">
      <div className="page-width">
        <p>
          Published by {site.name}. The text of each plan is the council&apos;s own; drafts are
          marked as drafts.
        </p>
        <ul className="site-footer__links">
          <li>
            <a href={urls.home()}>Home</a>
          </li>
          <li>
            <a href={urls.plans()}>All plans</a>
          </li>
          <li>
            <a href={urls.themes()}>Themes</a>
          </li>
          <li>
            <a href={urls.changes()}>Changes</a>
          </li>
          <li>
            <a href={urls.sitePage("accessibility")}>Accessibility statement</a>
          </li>
          <li>
            <a href={urls.sitemap()}>Sitemap</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
