import type { Site } from "@/lib/content";
import { SearchForm } from "@/components/search/SearchForm";
import { urls } from "@/lib/site/urls";

export function SiteHeader({ site }: { site: Site }) {
  return (
    <header className="site-header">
      <div className="page-width site-header__inner">
        <a className="site-header__name" href={urls.home()}>
          {site.siteTitle}
        </a>
        <nav aria-label="Main">
          <ul className="site-header__nav">
            <li>
              <a href={urls.plans()}>Plans</a>
            </li>
            <li>
              <a href={urls.themes()}>Themes</a>
            </li>
            <li>
              <a href={urls.actions()}>Actions</a>
            </li>
            <li>
              <a href={urls.services()}>Lead services</a>
            </li>
          </ul>
        </nav>
        <SearchForm id="site-search-q" label="Search the plans" compact />
      </div>
    </header>
  );
}
