import { PlanPage } from "@/components/pages/PlanPage";
import { getContent } from "@/lib/content";
import { notFoundResponse, pageResponse } from "@/lib/render/respond";

export const dynamic = "force-static";
// Unknown plans reach GET, which answers our own 404 page (false would hand them to the framework's).
export const dynamicParams = true;

export async function generateStaticParams() {
  const graph = await getContent();
  return graph.plans.map((plan) => ({ plan: plan.id }));
}

export async function GET(_request: Request, context: { params: Promise<{ plan: string }> }) {
  const { plan: planId } = await context.params;
  const graph = await getContent();
  const plan = graph.plans.find((candidate) => candidate.id === planId);
  if (!plan) return notFoundResponse();
  return pageResponse(<PlanPage graph={graph} plan={plan} />);
}
