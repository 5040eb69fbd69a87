/**
 * Every URL the site publishes is built here and nowhere else. Councillors cite these addresses in
 * committee reports: change one only with a redirect from the old form.
 */
const segment = (value: string | number) => encodeURIComponent(String(value));

export const urls = {
  home: () => "/",
  plans: () => "/plans",
  plan: (planId: string) => `/plans/${segment(planId)}`,
  /** A priority or a chapter page of a plan: they share the plan's address space. */
  planEntry: (planId: string, entryId: string) => `/plans/${segment(planId)}/${segment(entryId)}`,
  action: (planId: string, priorityId: string, number: number) =>
    `/plans/${segment(planId)}/${segment(priorityId)}/actions/${segment(number)}`,
  objectiveAnchor: (number: number) => `objective-${number}`,
  actionAnchor: (number: number) => `action-${number}`,
  planThemeAnchor: (planThemeId: string) => `theme-${planThemeId}`,
  reference: (reference: string) => `/ref/${segment(reference)}`,
  themes: () => "/themes",
  theme: (themeId: string) => `/themes/${segment(themeId)}`,
  services: () => "/services",
  service: (serviceId: string) => `/services/${segment(serviceId)}`,
  sitePage: (pageId: string) => `/${segment(pageId)}`,
  sitemap: () => "/sitemap.xml",
  robots: () => "/robots.txt",
  stylesheet: (version: string) => `/assets/site.css?v=${segment(version)}`,
} as const;

export function withAnchor(url: string, anchor: string | undefined): string {
  return anchor ? `${url}#${anchor}` : url;
}

export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl).toString();
}
