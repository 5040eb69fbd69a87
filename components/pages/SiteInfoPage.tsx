import type { ViewProps } from "@/components/layout/page-context";
import { ContentsList } from "@/components/content/ContentsList";
import { DraftBanner, DraftingFlags } from "@/components/content/DraftingFlags";
import { Mdx } from "@/components/content/Mdx";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { Sections } from "@/components/layout/Sections";
import { contentsOf } from "@/lib/site/sections";
import { urls } from "@/lib/site/urls";

/** A page about the site itself, such as the accessibility statement. */
export function SiteInfoPage({ ctx, params: { page } }: ViewProps<"sitePage">) {
  const { graph } = ctx;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: page.summary ?? `${page.title}: ${graph.site.siteTitle}.`,
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <DraftBanner preview={ctx.preview} draft={page.draft} />
      <h1>{page.title}</h1>
      <DraftingFlags preview={ctx.preview} notes={page.draftingNotes ?? []} />
      <ContentsList items={contentsOf(ctx.sections)} />
      <Sections
        sections={ctx.sections}
        render={{ body: () => <Mdx preview={ctx.preview} body={page.body} /> }}
      />
    </Document>
  );
}
