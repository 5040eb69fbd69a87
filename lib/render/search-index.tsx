import MiniSearch from "minisearch";
import { Mdx } from "@/components/content/Mdx";
import type { ContentGraph } from "@/lib/content/graph";
import { INDEX_OPTIONS, type SearchDocument } from "@/lib/search/options";
import { isPreview } from "@/lib/site/preview";
import { actionPath, objectivePath, priorityPath, urls } from "@/lib/site/urls";
import { renderHtml } from "./html";

const indexes = new WeakMap<ContentGraph, MiniSearch<SearchDocument>>();

/** The search index of a content graph, built once. */
export function searchIndex(graph: ContentGraph): MiniSearch<SearchDocument> {
  let index = indexes.get(graph);
  if (!index) {
    index = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    index.addAll(searchDocuments(graph));
    indexes.set(graph, index);
  }
  return index;
}

/** Everything a resident can search for, as plain text. */
export function searchDocuments(graph: ContentGraph): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const plan of graph.plans) {
    // Results name the plan they come from, and say when it is a draft.
    const planName = plan.status === "draft" ? `${plan.title} (draft)` : plan.title;
    for (const priority of plan.priorities) {
      documents.push({
        id: priorityPath(priority),
        kind: "Priority",
        title: priority.title,
        reference: priority.reference,
        plan: planName,
        text: [priority.commitment, plainText(priority.body)].filter(Boolean).join(" "),
      });
      for (const objective of priority.objectives) {
        documents.push({
          id: objectivePath(objective),
          kind: "Objective",
          title: objective.text,
          reference: objective.reference,
          plan: planName,
          text: objective.text,
        });
      }
      for (const action of priority.actions) {
        documents.push({
          id: actionPath(action),
          kind: "Action",
          title: `Action ${action.number}: ${action.group}`,
          reference: action.reference,
          plan: planName,
          text: [action.text, ...action.leads.map((service) => service.name)].join(" "),
        });
      }
    }
    for (const page of plan.pages) {
      documents.push({
        id: urls.planEntry(plan.id, page.id),
        kind: "Page",
        title: page.title,
        reference: "",
        plan: planName,
        text: plainText(page.body),
      });
    }
  }
  for (const theme of graph.themes) {
    documents.push({
      id: urls.theme(theme.id),
      kind: "Theme",
      title: theme.title,
      reference: "",
      plan: "All plans",
      text: theme.description,
    });
  }
  return documents;
}

function plainText(body: Parameters<typeof Mdx>[0]["body"]): string {
  if (body.code === "") return "";
  return renderHtml(<Mdx body={body} preview={isPreview} />)
    .replace(/^<!doctype html>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
