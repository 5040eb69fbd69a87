import { ChapterPage } from "@/components/pages/ChapterPage";
import { PriorityPage } from "@/components/pages/PriorityPage";
import { getContent } from "@/lib/content";
import { notFoundResponse, pageResponse } from "@/lib/render/respond";

export const dynamic = "force-static";
// Unknown entries reach GET, which answers our own 404 page (false would hand them to the framework's).
export const dynamicParams = true;

export async function generateStaticParams() {
  const graph = await getContent();
  return graph.plans.flatMap((plan) =>
    [...plan.priorities, ...plan.pages].map((entry) => ({ plan: plan.id, entry: entry.id })),
  );
}

export async function GET(
  _request: Request,
  context: { params: Promise<{ plan: string; entry: string }> },
) {
  const { plan: planId, entry: entryId } = await context.params;
  const graph = await getContent();
  const plan = graph.plans.find((candidate) => candidate.id === planId);
  const priority = plan?.priorities.find((candidate) => candidate.id === entryId);
  if (priority) return pageResponse(<PriorityPage graph={graph} priority={priority} />);
  const page = plan?.pages.find((candidate) => candidate.id === entryId);
  if (page) return pageResponse(<ChapterPage graph={graph} page={page} />);
  return notFoundResponse();
}
