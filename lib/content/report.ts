import type { ContentGraph } from "./graph";
import { itemsDue, periodWords, type TrackedItem } from "./progress";

export interface ReportLine {
  file: string;
  line: number;
  text: string;
}

export interface ReportSection {
  title: string;
  /** Why an editor should care, in one sentence. */
  explanation: string;
  lines: ReportLine[];
}

/**
 * What stands between the content and a finished plan: drafting notes, unconfirmed leads and member
 * leads, entries still marked as drafts. Each item names its file and line.
 */
export function editorialReport(graph: ContentGraph, today: string): ReportSection[] {
  const priorities = graph.plans.flatMap((plan) => plan.priorities);
  const actions = priorities.flatMap((priority) => priority.actions);
  const entries = [
    ...graph.plans.flatMap((plan) => [...plan.priorities, ...plan.pages]),
    ...graph.sitePages,
  ];
  return [
    {
      title: "Drafting notes",
      explanation:
        "Notes the drafters left in the text. Residents read only the sentence of each note's kind.",
      lines: graph.draftingNotes.map((note) => ({
        file: note.file,
        line: note.line,
        text: `${note.about === "body" ? "" : `${note.about}: `}[${note.kind}] ${note.text}`,
      })),
    },
    {
      title: "Actions without a confirmed lead",
      explanation:
        'Residents see "Lead not yet confirmed" for these, or the lead with "not yet confirmed" where the plan queries it.',
      lines: actions
        .filter((action) => action.leadCertainty !== "confirmed")
        .map((action) => ({
          file: action.priority.file,
          line: action.line,
          text: `${action.reference}: ${firstWords(action.text)}${
            action.leadAsWritten === undefined ? "" : ` (the plan writes “${action.leadAsWritten}”)`
          }`,
        })),
    },
    {
      title: "Actions without a member lead",
      explanation: 'Residents see "Not yet confirmed" for these.',
      lines: actions
        .filter((action) => action.memberLead === undefined)
        .map((action) => ({
          file: action.priority.file,
          line: action.line,
          text: `${action.reference}: ${firstWords(action.text)}`,
        })),
    },
    {
      title: "Priorities without measures",
      explanation: "No agreed measures of how the council will know it is getting it right.",
      lines: priorities
        .filter((priority) => (priority.measures ?? []).length === 0)
        .map((priority) => ({
          file: priority.file,
          line: 1,
          text: `${priority.reference}: ${priority.title}`,
        })),
    },
    {
      title: "Actions and objectives with no update in their plan's reporting period",
      explanation:
        "Due a progress report: the plan says how often it reports, and these have none since.",
      lines: graph.plans.flatMap((plan) =>
        itemsDue(plan, today).map((item) =>
          itemLine(item, `no update in the last ${periodWords(plan)}`),
        ),
      ),
    },
    {
      title: "Plans that do not say how often progress is reported",
      explanation: "Add reportingPeriod (e.g. quarterly) to the plan once the council has decided.",
      lines: graph.plans
        .filter((plan) => plan.reportingPeriod === undefined)
        .map((plan) => ({ file: plan.file, line: 1, text: plan.title })),
    },
    {
      title: "Entries marked as drafts",
      explanation: "Shown in the local preview only; not published.",
      lines: entries
        .filter((entry) => entry.draft === true)
        .map((entry) => ({ file: entry.file, line: 1, text: entry.title })),
    },
  ];
}

function itemLine(item: TrackedItem, why: string): ReportLine {
  return {
    file: item.priority.file,
    line: item.line,
    text: `${item.reference}: ${firstWords(item.text)} (${why})`,
  };
}

function firstWords(text: string, count = 10): string {
  const words = text.split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(" ")}…` : text;
}
