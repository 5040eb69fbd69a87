import { respondTo } from "@/lib/render/respond";
import { NOT_FOUND_CACHE_CONTROL, UNKNOWN_ADDRESS_HEADER } from "@/lib/server/known-addresses";
import { urls } from "@/lib/urls";

// `npm start` sends here every address the build has not prerendered (lib/server/serve.ts): one the
// site does not have, answered with our 404 page, or another spelling of a reference, redirected.
// Rendered per request and never stored: the catch-all route, being static, would keep each such
// address's response on the server's disk and tell CDNs to keep it for a year.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const asked = request.headers.get(UNKNOWN_ADDRESS_HEADER) ?? urls.unknownAddress();
  const response = await respondTo(asked.startsWith("/") ? asked : urls.unknownAddress());
  if (response.status === 404) response.headers.set("cache-control", NOT_FOUND_CACHE_CONTROL);
  return response;
}
