/**
 * How long a CDN may keep a 404. Short, because an address that is unknown today may be a page
 * tomorrow (a priority about to be published, a link in a report written ahead of it).
 */
export const NOT_FOUND_CACHE_CONTROL = "public, max-age=60";

/**
 * How long a CDN may keep a redirect answered per request: a trailing slash, another spelling of
 * an address (`/sitemap%2exml`, `/ref/cp18-2`). An hour: the spelling is a fact of the address, but
 * the page it leads to may be renamed, and then the next deploy's redirect should win soon.
 */
export const REDIRECT_CACHE_CONTROL = "public, max-age=3600";

/**
 * What the framework sends with a prerendered answer that is never revalidated (its `expireTime`,
 * a year, as `s-maxage`: a CDN keeps it until purged; with no `max-age` and no validator, browsers do not). `npm start` sends the
 * same when it answers one from memory; the serving suite holds both to this value.
 */
export const PRERENDERED_CACHE_CONTROL = "s-maxage=31536000";

/** Refusals: what a malformed request gets says nothing about the address. */
export const REFUSAL_CACHE_CONTROL = "no-store";

/**
 * The files in public/assets: every page links them with `?v=<hash of the bytes>`
 * (lib/site/asset-href.ts), so a changed file has a new address and this one never changes.
 */
export const ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";
