import { PlansPage } from "@/components/pages/PlansPage";
import { getContent } from "@/lib/content";
import { pageResponse } from "@/lib/render/respond";

export const dynamic = "force-static";

export async function GET() {
  return pageResponse(<PlansPage graph={await getContent()} />);
}
