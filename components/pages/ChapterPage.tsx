import { ContentsList } from "@/components/content/ContentsList";
import { DraftBanner, EditorNotes } from "@/components/content/EditorNotes";
import { Mdx } from "@/components/content/Mdx";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph, PlanPage } from "@/lib/content";
import { bodyContents } from "@/lib/site/anchors";
import { urls } from "@/lib/urls";

/** A chapter of a plan that is not a priority, e.g. "How we work". */
export function ChapterPage({ graph, page }: { graph: ContentGraph; page: PlanPage }) {
  const { plan } = page;
  return (
    <Document
      site={graph.site}
      meta={{
        title: `${page.title} – ${plan.title}`,
        description: page.summary ?? `${page.title}, from the ${plan.title} of ${graph.site.name}.`,
        path: urls.planEntry(plan.id, page.id),
        sources: [page.file],
      }}
    >
      <Breadcrumbs
        trail={[
          { label: "Home", href: urls.home() },
          { label: plan.title, href: urls.plan(plan.id) },
        ]}
      />
      <DraftBanner draft={page.draft} />
      <p className="caption">{plan.title}</p>
      <h1>{page.title}</h1>
      <EditorNotes notes={page.draftingNotes ?? []} />
      <ContentsList items={bodyContents(page.body)} />
      <Mdx body={page.body} figures={plan.figures} />
    </Document>
  );
}
