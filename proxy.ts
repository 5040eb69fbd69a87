import { NextResponse, type NextRequest } from "next/server";
import { REFUSAL_CACHE_CONTROL } from "./lib/server/cache-control";
import { servedAddresses } from "./lib/server/known-addresses";
import type { Refusal } from "./lib/server/request-guard";
import { routeRequest } from "./lib/server/route-request";

/**
 * Runs before the framework's routing on every host (`npm start`, `next start`, standalone, any
 * platform that runs Next's proxy), so that what the server stores and what a CDN may keep does
 * not depend on the host (lib/server/route-request.ts decides). Responses answered here get the
 * security headers from next.config.ts like every other. No `config.matcher`: it runs on every
 * address, the framework's own /_next/ ones included, since an unknown one must not be stored.
 */
export function proxy(request: NextRequest): Response {
  const { pathname, search } = request.nextUrl;
  const route = routeRequest(request.method, pathname, search, addresses());
  switch (route.type) {
    case "refuse":
      return refusal(route.refusal, request.method);
    case "redirect":
      return redirect(new URL(route.location, request.url), route.cacheControl);
    case "unknown":
      return NextResponse.rewrite(new URL(route.rewrite, request.url));
    case "served":
      return served(request, route.cacheControl);
  }
}

let known: ReadonlySet<string> | undefined;

/** The preview renders every address on demand and stores nothing: it needs no such list. */
function addresses(): ReadonlySet<string> | undefined {
  if (process.env.NODE_ENV === "development") return undefined;
  known ??= servedAddresses();
  return known;
}

function refusal({ status, message, headers }: Refusal, method: string): Response {
  return new Response(method === "HEAD" ? null : `${message}\n`, {
    status,
    headers: {
      ...headers,
      "content-type": "text/plain; charset=utf-8",
      "cache-control": REFUSAL_CACHE_CONTROL,
    },
  });
}

/**
 * On to the framework. It answers a Range it cannot satisfy (`bytes=999999-`, `bytes=abc`,
 * `bytes=5-2`) with 500; the site's files are a few kilobytes, so a Range is ignored: the whole
 * file, status 200.
 */
function served(request: NextRequest, cacheControl: string | undefined): Response {
  const headers = cacheControl ? { "cache-control": cacheControl } : undefined;
  if (!request.headers.has("range")) return NextResponse.next({ headers });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("range");
  return NextResponse.next({ headers, request: { headers: requestHeaders } });
}

/** The framework sends a redirect to its own origin as a path: `location: /plans`. */
function redirect(location: URL, cacheControl: string): Response {
  const response = NextResponse.redirect(location, 308);
  response.headers.set("cache-control", cacheControl);
  return response;
}
