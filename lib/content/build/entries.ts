import type { Service, Site, SitePage, Theme } from "../graph";
import type { ContentIssue } from "../issues";
import type { ParsedEntry } from "../parse-entry";
import { byOrder, entriesOf, isPublished, sourceOf, type Pass } from "./context";
import { uniqueById, withoutReserved } from "./ids";

/** The one site file. */
export function sitePass(entries: readonly ParsedEntry[]): Pass<Site | undefined> {
  const sites = entriesOf(entries, "site");
  if (sites.length === 1) {
    const [entry] = sites as [(typeof sites)[number]];
    return { value: { ...entry.data, ...sourceOf(entry) }, issues: [] };
  }
  const issue: ContentIssue = {
    file: sites[1]?.file ?? "content/site.mdx",
    line: 1,
    column: 1,
    message: sites.length === 0 ? "The site file is missing." : "There is more than one site file.",
    expected: "exactly one content/site.mdx",
    found: `${sites.length}`,
    hint: "Keep one content/site.mdx with the council's name and the site's address.",
  };
  return { value: undefined, issues: [issue] };
}

/** Cross-plan themes and lead services by id, each with empty lists the priorities pass fills. */
export function themesAndServicesPass(entries: readonly ParsedEntry[]): Pass<{
  themes: Map<string, Theme>;
  services: Map<string, Service>;
}> {
  const themeEntries = uniqueById(entriesOf(entries, "theme"), "theme");
  const serviceEntries = uniqueById(entriesOf(entries, "service"), "service");
  const themes = new Map<string, Theme>(
    [...themeEntries.value].map(([id, entry]) => [
      id,
      { ...entry.data, ...sourceOf(entry), priorities: [], objectives: [], actions: [] },
    ]),
  );
  const services = new Map<string, Service>(
    [...serviceEntries.value].map(([id, entry]) => [
      id,
      { ...entry.data, ...sourceOf(entry), actions: [] },
    ]),
  );
  return {
    value: { themes, services },
    issues: [...themeEntries.issues, ...serviceEntries.issues],
  };
}

/** The site's own pages (/<id>), published ones only, none on an address the site owns. */
export function sitePagesPass(
  entries: readonly ParsedEntry[],
  options: {
    includeDrafts: boolean;
    reservedTopLevel: readonly string[];
    addressOf: (id: string) => string;
  },
): Pass<SitePage[]> {
  const published = entriesOf(entries, "sitePage").filter((entry) =>
    isPublished(entry, options.includeDrafts),
  );
  const unique = uniqueById(published, "site page");
  const allowed = withoutReserved(unique.value, options.reservedTopLevel, options.addressOf);
  const pages = [...allowed.value.values()]
    .map((entry) => ({ ...entry.data, ...sourceOf(entry) }))
    .sort(byOrder);
  return { value: pages, issues: [...unique.issues, ...allowed.issues] };
}
