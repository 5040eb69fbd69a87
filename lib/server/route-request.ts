import { ASSET_CACHE_CONTROL, REDIRECT_CACHE_CONTROL } from "./cache-control";
import { canonicalPath, UNKNOWN_ADDRESS_ROUTE } from "./known-addresses";
import { refuse, type Refusal } from "./request-guard";

export type Route =
  /** Refused before the framework sees it. */
  | { type: "refuse"; refusal: Refusal }
  /** Another spelling of an address: a permanent redirect, answered here. */
  | { type: "redirect"; location: string; cacheControl: string }
  /** An address the build does not have: answered per request by app/unknown-address. */
  | { type: "unknown"; rewrite: string }
  /** An address the build answers itself; a file in public/assets with its Cache-Control. */
  | { type: "served"; cacheControl?: string };

/**
 * Where a request goes, decided before the framework's own routing (proxy.ts, on every host):
 * an address the build answers itself goes on to the framework; its other spellings (decoded
 * characters, a trailing slash) redirect to it; every other address is answered per request by
 * app/unknown-address, so the static catch-all never stores it on disk with a year's CDN cache.
 * The address travels in the path of the rewrite, not in a header a client could send.
 */
export function routeRequest(
  method: string,
  pathname: string,
  search: string,
  served: ReadonlySet<string> | undefined,
): Route {
  const refusal = refuse(method, pathname + search);
  if (refusal) return { type: "refuse", refusal };
  const trimmed = withoutTrailingSlash(pathname);
  // The local preview (served undefined) renders every address on demand and stores nothing.
  if (!served) return trimmed === pathname ? SERVED : redirect(trimmed + search);
  if (served.has(pathname)) {
    // Here, not in next.config.ts, which would give a missing file's 404 a year too.
    return pathname.startsWith(ASSETS)
      ? { type: "served", cacheControl: ASSET_CACHE_CONTROL }
      : SERVED;
  }
  const canonical = canonicalPath(trimmed);
  if (canonical !== undefined && canonical !== pathname && served.has(canonical)) {
    return redirect(canonical + search);
  }
  // A trailing slash redirects like the framework's own redirect (turned off in next.config.ts,
  // since it ran before this and sent no security headers).
  if (trimmed !== pathname) return redirect(trimmed + search);
  return { type: "unknown", rewrite: UNKNOWN_ADDRESS_ROUTE + pathname };
}

const SERVED: Route = { type: "served" };
const ASSETS = "/assets/";

function redirect(location: string): Route {
  return { type: "redirect", location, cacheControl: REDIRECT_CACHE_CONTROL };
}

/** `/plans/` → `/plans`; never an address that starts with `//`, which would leave the site. */
function withoutTrailingSlash(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "").replace(/^\/+/, "/");
  return trimmed === "" ? "/" : trimmed;
}
