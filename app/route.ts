import { respondTo } from "@/lib/render/respond";
import { urls } from "@/lib/site/urls";

export const dynamic = "force-static";

export function GET() {
  return respondTo(urls.home());
}
