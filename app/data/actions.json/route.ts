import { getContent } from "@/lib/content";
import { actionRecords } from "@/lib/site/open-data";

export const dynamic = "force-static";

export async function GET() {
  const graph = await getContent();
  return new Response(`${JSON.stringify({ actions: actionRecords(graph) }, null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
}
