import { getContent } from "@/lib/content";
import { actionRecords, toCsv } from "@/lib/site/open-data";

export const dynamic = "force-static";

export async function GET() {
  const graph = await getContent();
  return new Response(toCsv(actionRecords(graph)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="actions.csv"',
    },
  });
}
