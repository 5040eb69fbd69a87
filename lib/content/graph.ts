import type { CompiledMdx } from "./compiled-mdx";
import type { FigureFrontmatter } from "./schemas/figure";
import type { PageFrontmatter } from "./schemas/page";
import type { PlanFrontmatter } from "./schemas/plan";
import type { PlanThemeFrontmatter } from "./schemas/plan-theme";
import type { PriorityFrontmatter } from "./schemas/priority";
import type { ServiceFrontmatter } from "./schemas/service";
import type { SiteFrontmatter } from "./schemas/site";
import type { MeasureFrontmatter } from "./schemas/progress";
import type { StatusFrontmatter } from "./schemas/status";
import type { ThemeFrontmatter } from "./schemas/theme";
import type { DraftingNoteFrontmatter } from "./schemas/common";
import type { WithdrawnFrontmatter } from "./schemas/withdrawn";
import type { NoteKind } from "./note-kinds";

/** Where an entry came from, for error messages, "last updated" and editors' reports. */
export interface Source {
  /** Path relative to the repository root. */
  file: string;
  body: CompiledMdx;
}

export interface DraftingNote {
  file: string;
  line: number;
  column: number;
  kind: NoteKind;
  text: string;
  /** What the note is about, e.g. "CP18-1.26" or "body". */
  about: string;
}

export type Site = SiteFrontmatter & Source;

/** A status the council reports progress with (content/statuses/), e.g. "On track". */
export type Status = StatusFrontmatter & Source;

/** One dated report of progress on an action or objective. */
export interface ProgressUpdate {
  /** YYYY-MM-DD. */
  date: string;
  status: Status;
  percent?: number;
  /** The summary as written, and compiled for the page. */
  summaryText: string;
  summary: CompiledMdx;
  links: { title: string; url: string }[];
  /** Line of the update in its priority's file. */
  line: number;
}

export type Measure = MeasureFrontmatter;

export type Theme = ThemeFrontmatter &
  Source & {
    priorities: Priority[];
    objectives: Objective[];
    actions: Action[];
  };

export type Service = ServiceFrontmatter & Source & { actions: Action[] };

export type Figure = FigureFrontmatter & Source & { plan: Plan };

export type PlanPage = PageFrontmatter & Source & { plan: Plan };

export type SitePage = PageFrontmatter & Source;

export type PlanTheme = PlanThemeFrontmatter & Source & { plan: Plan; priorities: Priority[] };

export type Plan = Omit<PlanFrontmatter, "formerIds"> &
  Source & {
    formerIds: string[];
    planThemes: PlanTheme[];
    priorities: Priority[];
    pages: PlanPage[];
    figures: Figure[];
  };

export interface Objective {
  number: number;
  /** Line of the objective in its priority's file. */
  line: number;
  text: string;
  reference: string;
  themes: Theme[];
  draftingNotes: DraftingNoteFrontmatter[];
  /** The period the plan gives its objectives, e.g. "2022/23", where it gives one. */
  period?: string;
  /** Newest first: the first is the current status. Empty when nothing has been reported. */
  updates: ProgressUpdate[];
  measures: Measure[];
  /** Set when the council no longer pursues it: the page stays and says so. */
  withdrawn?: Withdrawn;
  /** Numbers it was published under before it was renumbered. */
  formerNumbers: number[];
  priority: Priority;
}

/** When and why the council withdrew a priority, objective or action. */
export type Withdrawn = NonNullable<WithdrawnFrontmatter>;

export type LeadCertainty = "confirmed" | "tentative" | "unconfirmed";

export interface Action {
  number: number;
  /** Line of the action in its priority's file. */
  line: number;
  group: string;
  text: string;
  reference: string;
  leads: Service[];
  /** How sure the plan is of the lead: "unconfirmed" when it names none. */
  leadCertainty: LeadCertainty;
  /** The lead as the plan writes it, where that differs from the services' names ("?", "Policy?"). */
  leadAsWritten?: string;
  memberLead?: string;
  themes: Theme[];
  draftingNotes: DraftingNoteFrontmatter[];
  /** Newest first: the first is the current status. Empty when nothing has been reported. */
  updates: ProgressUpdate[];
  /** Set when the council no longer pursues it: the page stays and says so. */
  withdrawn?: Withdrawn;
  /** Numbers it was published under before it was renumbered. */
  formerNumbers: number[];
  priority: Priority;
}

export type Priority = Omit<
  PriorityFrontmatter,
  "objectives" | "actions" | "themes" | "planTheme" | "relatedPriorities" | "formerIds"
> &
  Source & {
    plan: Plan;
    reference: string;
    planTheme?: PlanTheme;
    themes: Theme[];
    objectives: Objective[];
    actions: Action[];
    /** Set by hand in frontmatter, or derived from shared themes. */
    relatedPriorities: Priority[];
    formerIds: string[];
  };

export type Citable =
  | { kind: "priority"; priority: Priority }
  | { kind: "objective"; objective: Objective }
  | { kind: "action"; action: Action };

export interface ContentGraph {
  site: Site;
  plans: Plan[];
  themes: Theme[];
  services: Service[];
  sitePages: SitePage[];
  /** In their order: the statuses progress is reported with. */
  statuses: Status[];
  draftingNotes: DraftingNote[];
  /** Keyed by the upper-case reference. */
  byReference: ReadonlyMap<string, Citable>;
}
