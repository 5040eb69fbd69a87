import type { NextRequest } from "next/server";
import { respondTo } from "@/lib/render/respond";
import { urls } from "@/lib/site/urls";

// The query string decides the page, so it is rendered per request (in a few milliseconds).
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const response = await respondTo(urls.search(), request.nextUrl.searchParams);
  // Not the preview's list of content problems (status 500): it must go once the file is fixed.
  if (response.ok) response.headers.set("cache-control", "public, max-age=300");
  return response;
}
