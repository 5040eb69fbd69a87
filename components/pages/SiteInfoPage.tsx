import { ContentsList } from "@/components/content/ContentsList";
import { DraftBanner, EditorNotes } from "@/components/content/EditorNotes";
import { Mdx } from "@/components/content/Mdx";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import type { ContentGraph, SitePage } from "@/lib/content";
import { bodyContents } from "@/lib/site/anchors";
import { urls } from "@/lib/urls";

/** A page about the site itself, such as the accessibility statement. */
export function SiteInfoPage({ graph, page }: { graph: ContentGraph; page: SitePage }) {
  return (
    <Document
      site={graph.site}
      meta={{
        title: page.title,
        description: page.summary ?? `${page.title}: ${graph.site.siteTitle}.`,
        path: urls.sitePage(page.id),
        sources: [page.file],
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <DraftBanner draft={page.draft} />
      <h1>{page.title}</h1>
      <EditorNotes notes={page.draftingNotes ?? []} />
      <ContentsList items={bodyContents(page.body)} />
      <Mdx body={page.body} />
    </Document>
  );
}
