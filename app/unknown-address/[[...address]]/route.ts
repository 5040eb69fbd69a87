import { pathFromSegments, respondTo } from "@/lib/render/respond";
import { NOT_FOUND_CACHE_CONTROL, REDIRECT_CACHE_CONTROL } from "@/lib/server/cache-control";
import { urls } from "@/lib/site/urls";

// proxy.ts rewrites here every address the build has not prerendered, with the address asked for
// after the prefix: /no-such-page → /unknown-address/no-such-page. It is answered with our 404 page
// (with the nearest references for a /ref/ link), or with the redirect of another spelling of a
// reference (/ref/cp18-2). Rendered per request and never stored: the catch-all route, being
// static, would keep each such address's response on the server's disk and tell CDNs to keep it
// for a year. What is rendered depends on the address alone: no header is read. A request for
// /unknown-address/… itself is rewritten too (to /unknown-address/unknown-address/…), so it
// answers as the unknown address it is.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ address?: string[] }> }) {
  const { address } = await context.params;
  const asked = address ? pathFromSegments(address) : urls.unknownAddress();
  const response = await respondTo(asked);
  response.headers.set(
    "cache-control",
    response.status === 308 ? REDIRECT_CACHE_CONTROL : NOT_FOUND_CACHE_CONTROL,
  );
  return response;
}
