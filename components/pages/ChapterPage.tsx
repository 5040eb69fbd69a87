import type { ViewProps } from "@/components/layout/page-context";
import { ContentsList } from "@/components/content/ContentsList";
import { DraftBanner, DraftingFlags } from "@/components/content/DraftingFlags";
import { Mdx } from "@/components/content/Mdx";
import { ItemLastChanged } from "@/components/history/ItemLastChanged";
import { MajorChange } from "@/components/history/MajorChange";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { Sections } from "@/components/layout/Sections";
import { contentsOf } from "@/lib/site/sections";
import { urls } from "@/lib/site/urls";

/** A chapter of a plan that is not a priority, e.g. "How we work". */
export function ChapterPage({ ctx, params: { page } }: ViewProps<"chapter">) {
  const { graph } = ctx;
  const { plan } = page;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: page.summary ?? `${page.title}, from the ${plan.title} of ${graph.site.name}.`,
      }}
    >
      <Breadcrumbs
        trail={[
          { label: "Home", href: urls.home() },
          { label: plan.title, href: urls.plan(plan.id) },
        ]}
      />
      <DraftBanner preview={ctx.preview} draft={page.draft} />
      <p className="caption">{plan.title}</p>
      <h1>{page.title}</h1>
      <MajorChange history={ctx.facts.history} subject={{ kind: "chapter", page }} />
      <DraftingFlags preview={ctx.preview} notes={page.draftingNotes ?? []} />
      <ItemLastChanged history={ctx.facts.history} subject={{ kind: "chapter", page }} />
      <ContentsList items={contentsOf(ctx.sections)} />
      <Sections
        sections={ctx.sections}
        render={{
          body: () => <Mdx preview={ctx.preview} body={page.body} figures={plan.figures} />,
        }}
      />
    </Document>
  );
}
