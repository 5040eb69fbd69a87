import { HomePage } from "@/components/pages/HomePage";
import { getContent } from "@/lib/content";
import { pageResponse } from "@/lib/render/respond";

export const dynamic = "force-static";

export async function GET() {
  return pageResponse(<HomePage graph={await getContent()} />);
}
