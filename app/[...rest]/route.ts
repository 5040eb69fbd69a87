import { notFoundResponse } from "@/lib/render/respond";

// Every address no other route claims gets our own 404 page.
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export function GET() {
  return notFoundResponse();
}
