import type {
  Action,
  Citable,
  ContentGraph,
  DraftingNote,
  Figure,
  Objective,
  Plan,
  PlanPage,
  PlanTheme,
  Priority,
  Service,
  Site,
  SitePage,
  Theme,
} from "./graph";
import { formatFieldPath } from "./error-map";
import type { ContentIssue } from "./issues";
import { PRINT_SEGMENT, RESERVED_TOP_LEVEL } from "../urls";
import { didYouMean } from "./nearest";
import type { ParsedEntry } from "./parse-entry";
import { itemReference, normaliseReference, priorityReference } from "./references";
import type { FieldPath } from "./source-file";

type EntryOf<K extends ParsedEntry["kind"]> = Extract<ParsedEntry, { kind: K }>;

/**
 * Resolves every reference between entries and derives the indexes pages read (by plan, theme,
 * service and reference), once. Reports unknown and duplicate ids with the place they were written.
 */
export function buildGraph(
  entries: readonly ParsedEntry[],
  options: { includeDrafts: boolean },
): { graph?: ContentGraph; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const at = (entry: ParsedEntry, path: FieldPath) => ({
    file: entry.file,
    ...entry.source.positionOf(path),
    field: path.length > 0 ? formatFieldPath(path) : undefined,
  });
  const of = <K extends ParsedEntry["kind"]>(kind: K) =>
    entries.filter((entry): entry is EntryOf<K> => entry.kind === kind);
  const published = <E extends ParsedEntry>(entry: E) =>
    options.includeDrafts || !("draft" in entry.data && entry.data.draft === true);

  // --- the site
  const sites = of("site");
  if (sites.length !== 1) {
    issues.push({
      file: sites[1]?.file ?? "content/site.mdx",
      line: 1,
      column: 1,
      message:
        sites.length === 0 ? "The site file is missing." : "There is more than one site file.",
      expected: "exactly one content/site.mdx",
      found: `${sites.length}`,
      hint: "Keep one content/site.mdx with the council's name and the site's address.",
    });
    return { issues };
  }
  const siteEntry = sites[0]!;
  const site: Site = { ...siteEntry.data, file: siteEntry.file, body: siteEntry.body };

  // --- ids must be unique within their kind (and plan)
  const unique = <E extends ParsedEntry>(list: E[], scope: string, idOf = (e: E) => idField(e)) => {
    const seen = new Map<string, E>();
    const kept: E[] = [];
    for (const entry of list) {
      const id = idOf(entry);
      const first = seen.get(id);
      if (first) {
        issues.push({
          ...at(entry, ["id"]),
          message: `The id '${id}' is already used by ${first.file}.`,
          expected: `an id not used by any other ${scope}`,
          found: id,
          hint: "Give one of the two entries a different id (and keep the old one in formerIds if it was published).",
        });
      } else {
        seen.set(id, entry);
        kept.push(entry);
      }
    }
    return seen;
  };

  const themeEntries = unique(of("theme"), "theme");
  const serviceEntries = unique(of("service"), "service");
  const sitePageEntries = unique(of("sitePage").filter(published), "site page");
  for (const [id, entry] of sitePageEntries) {
    if ((RESERVED_TOP_LEVEL as readonly string[]).includes(id)) {
      issues.push({
        ...at(entry, ["id"]),
        message: `The id '${id}' is taken by the site's own pages (/${id}).`,
        expected: `an id other than ${RESERVED_TOP_LEVEL.join(", ")}`,
        found: id,
        hint: "Choose an id that describes the page.",
      });
      sitePageEntries.delete(id);
    }
  }
  const planEntries = unique(of("plan"), "plan");

  const themes = new Map<string, Theme>(
    [...themeEntries].map(([id, e]) => [
      id,
      { ...e.data, file: e.file, body: e.body, priorities: [], objectives: [], actions: [] },
    ]),
  );
  const services = new Map<string, Service>(
    [...serviceEntries].map(([id, e]) => [
      id,
      { ...e.data, file: e.file, body: e.body, actions: [] },
    ]),
  );
  const sitePages: SitePage[] = [...sitePageEntries.values()]
    .map((e) => ({ ...e.data, file: e.file, body: e.body }))
    .sort(byOrder);

  const resolveThemes = (
    entry: ParsedEntry,
    ids: string[] | undefined,
    path: FieldPath,
    what?: string,
  ) => {
    // Priorities and actions must each serve a theme, so every one can be found by subject.
    if (what && (ids ?? []).length === 0) {
      issues.push({
        ...at(entry, path.length > 1 ? path.slice(0, -1) : path),
        field: formatFieldPath(path),
        message: `${what} has no cross-plan theme.`,
        expected: "a list of at least one theme id, e.g. themes: [health-and-wellbeing]",
        found: "no themes",
        hint: `Add the themes it serves. The themes are: ${[...themes.keys()].join(", ")}.`,
      });
    }
    return (ids ?? []).flatMap((id, index) => {
      const theme = themes.get(id);
      if (theme) return [theme];
      const renamed = [...themes.values()].find((t) => t.formerIds?.includes(id));
      issues.push({
        ...at(entry, [...path, index]),
        message: `There is no cross-plan theme '${id}'.`,
        expected: "the id of a file in content/themes/",
        found: id,
        hint: renamed
          ? `The theme '${id}' was renamed: use its new id, ${renamed.id}.`
          : didYouMean(id, themes.keys()),
      });
      return [];
    });
  };

  // --- plans and what sits in their folders
  const plans: Plan[] = [];
  const planByFolder = new Map<string, Plan>();
  for (const [id, e] of planEntries) {
    if (e.planFolder !== id) {
      issues.push({
        ...at(e, ["id"]),
        message: "A plan's id must be the name of its folder.",
        expected: e.planFolder,
        found: id,
        hint: `Rename the folder content/plans/${e.planFolder} to ${id}, or change the id.`,
      });
      continue;
    }
    const plan: Plan = {
      ...e.data,
      formerIds: e.data.formerIds ?? [],
      file: e.file,
      body: e.body,
      planThemes: [],
      priorities: [],
      pages: [],
      figures: [],
    };
    plans.push(plan);
    planByFolder.set(id, plan);
  }
  plans.sort(byOrder);

  const planOf = (entry: ParsedEntry): Plan | undefined => {
    const plan = entry.planFolder ? planByFolder.get(entry.planFolder) : undefined;
    if (!plan && !planEntries.has(entry.planFolder ?? "")) {
      issues.push({
        file: entry.file,
        line: 1,
        column: 1,
        message: `The folder content/plans/${entry.planFolder}/ has no plan.mdx.`,
        expected: `content/plans/${entry.planFolder}/plan.mdx`,
        found: "no plan file",
        hint: "Add the plan's plan.mdx, or move this file into an existing plan's folder.",
      });
    }
    return plan;
  };

  const inPlan = <E extends ParsedEntry>(list: E[]) => {
    const grouped = new Map<Plan, E[]>();
    for (const entry of list) {
      const plan = planOf(entry);
      if (plan) grouped.set(plan, [...(grouped.get(plan) ?? []), entry]);
    }
    return grouped;
  };

  for (const [plan, list] of inPlan(of("planTheme"))) {
    for (const e of unique(list, `theme of ${plan.id}`).values()) {
      plan.planThemes.push({ ...e.data, file: e.file, body: e.body, plan, priorities: [] });
    }
    plan.planThemes.sort(byOrder);
  }
  for (const [plan, list] of inPlan(of("figure"))) {
    for (const e of unique(list, `figure of ${plan.id}`).values()) {
      plan.figures.push({ ...e.data, file: e.file, body: e.body, plan } satisfies Figure);
    }
  }

  // Priorities and pages share the plan's URL space: /plans/<plan>/<id>.
  const priorityEntries = new Map<Plan, EntryOf<"priority">[]>(
    [...inPlan(of("priority"))].map(([plan, list]) => [plan, list.filter(published)]),
  );
  const pageEntries = new Map<Plan, EntryOf<"planPage">[]>(
    [...inPlan(of("planPage"))].map(([plan, list]) => [plan, list.filter(published)]),
  );
  const byReference = new Map<string, Citable>();
  const referenceOwner = new Map<string, { entry: ParsedEntry; path: FieldPath }>();
  const claimReference = (
    reference: string,
    citable: Citable,
    entry: ParsedEntry,
    path: FieldPath,
  ) => {
    const key = normaliseReference(reference);
    const first = referenceOwner.get(key);
    if (first) {
      issues.push({
        ...at(entry, path),
        message: `The reference ${reference} is already used by ${first.entry.file} (${formatFieldPath(first.path)}).`,
        expected: "a number not used by another item",
        found: reference,
        hint: "Numbers make references that councillors cite: give the new item the next unused number.",
      });
      return false;
    }
    referenceOwner.set(key, { entry, path });
    byReference.set(key, citable);
    return true;
  };

  const related = new Map<Priority, { entry: EntryOf<"priority">; ids: string[] }>();
  for (const plan of plans) {
    const slugs = unique(
      [...(priorityEntries.get(plan) ?? []), ...(pageEntries.get(plan) ?? [])],
      `priority or page of ${plan.id} (they share the plan's web addresses)`,
    );
    for (const e of slugs.values()) {
      if (idField(e) === PRINT_SEGMENT) {
        issues.push({
          ...at(e, ["id"]),
          message: `The id '${PRINT_SEGMENT}' is reserved: /plans/${plan.id}/${PRINT_SEGMENT} is the whole plan on one page.`,
          expected: `any other id`,
          found: PRINT_SEGMENT,
          hint: "Choose an id that describes the entry.",
        });
        continue;
      }
      const clash = e.data.formerIds?.find((former) => slugs.has(former));
      if (clash) {
        issues.push({
          ...at(e, ["formerIds"]),
          message: `The former id '${clash}' is the id of another entry in this plan, so its old address cannot redirect here.`,
          expected: "former ids that no current entry uses",
          found: clash,
          hint: "Remove it from formerIds, or rename the other entry.",
        });
        continue;
      }
      if (e.kind === "planPage") {
        plan.pages.push({ ...e.data, file: e.file, body: e.body, plan } satisfies PlanPage);
        continue;
      }
      if (e.kind !== "priority") continue;
      const {
        objectives,
        actions,
        themes: themeIds,
        planTheme: planThemeId,
        relatedPriorities,
        ...rest
      } = e.data;
      let planTheme: PlanTheme | undefined;
      if (planThemeId !== undefined) {
        planTheme = plan.planThemes.find((theme) => theme.id === planThemeId);
        if (!planTheme) {
          issues.push({
            ...at(e, ["planTheme"]),
            message: `The plan ${plan.id} has no theme '${planThemeId}'.`,
            expected: `the id of a file in content/plans/${plan.id}/themes/`,
            found: planThemeId,
            hint: didYouMean(
              planThemeId,
              plan.planThemes.map((theme) => theme.id),
            ),
          });
        }
      }
      const priority: Priority = {
        ...rest,
        formerIds: rest.formerIds ?? [],
        file: e.file,
        body: e.body,
        plan,
        reference: priorityReference(plan.referencePrefix, rest.number),
        planTheme,
        themes: resolveThemes(e, themeIds, ["themes"], `Priority ${rest.number}`),
        objectives: [],
        actions: [],
        relatedPriorities: [],
      };
      if (!claimReference(priority.reference, { kind: "priority", priority }, e, ["number"]))
        continue;
      plan.priorities.push(priority);
      planTheme?.priorities.push(priority);
      for (const theme of priority.themes) theme.priorities.push(priority);
      if (relatedPriorities) related.set(priority, { entry: e, ids: relatedPriorities });

      (objectives ?? []).forEach((item, index) => {
        const objective: Objective = {
          number: item.number,
          line: e.source.positionOf(["objectives", index]).line,
          text: item.text,
          reference: itemReference(plan.referencePrefix, rest.number, item.number),
          themes: resolveThemes(e, item.themes, ["objectives", index, "themes"]),
          draftingNotes: item.draftingNotes ?? [],
          priority,
        };
        if (
          !claimReference(objective.reference, { kind: "objective", objective }, e, [
            "objectives",
            index,
            "number",
          ])
        )
          return;
        priority.objectives.push(objective);
        for (const theme of objective.themes) theme.objectives.push(objective);
      });

      (actions ?? []).forEach((item, index) => {
        const leadIds =
          item.lead === undefined ? [] : Array.isArray(item.lead) ? item.lead : [item.lead];
        const leads = leadIds.flatMap((id, leadIndex) => {
          const service = services.get(id);
          if (service) return [service];
          issues.push({
            ...at(
              e,
              Array.isArray(item.lead)
                ? ["actions", index, "lead", leadIndex]
                : ["actions", index, "lead"],
            ),
            message: `There is no lead service '${id}'.`,
            expected: "the id of a file in content/services/",
            found: id,
            hint: didYouMean(id, services.keys()),
          });
          return [];
        });
        const action: Action = {
          number: item.number,
          line: e.source.positionOf(["actions", index]).line,
          group: item.group,
          text: item.text,
          reference: itemReference(plan.referencePrefix, rest.number, item.number),
          leads,
          memberLead: item.memberLead,
          themes: resolveThemes(
            e,
            item.themes,
            ["actions", index, "themes"],
            `Action ${item.number}`,
          ),
          draftingNotes: item.draftingNotes ?? [],
          priority,
        };
        if (
          !claimReference(action.reference, { kind: "action", action }, e, [
            "actions",
            index,
            "number",
          ])
        )
          return;
        priority.actions.push(action);
        for (const service of leads) service.actions.push(action);
        for (const theme of action.themes) theme.actions.push(action);
      });
    }
    plan.priorities.sort((a, b) => a.number - b.number);
    for (const theme of plan.planThemes) theme.priorities.sort((a, b) => a.number - b.number);
    plan.pages.sort(byOrder);
  }

  // --- <Figure id> in a plan's bodies must name one of that plan's figures
  for (const plan of plans) {
    const figureIds = new Set(plan.figures.map((figure) => figure.id));
    const bodies = [plan, ...plan.planThemes, ...plan.priorities, ...plan.pages];
    for (const { file, body } of bodies) {
      for (const use of body.figures) {
        if (figureIds.has(use.id)) continue;
        issues.push({
          file,
          line: use.line,
          column: use.column,
          message: use.id
            ? `The plan ${plan.id} has no figure '${use.id}'.`
            : "<Figure> needs an id.",
          expected: `the id of a file in content/plans/${plan.id}/figures/`,
          found: use.id || "no id",
          hint: didYouMean(use.id, figureIds),
        });
      }
    }
  }
  for (const entry of [...themes.values(), ...services.values(), ...sitePages, site]) {
    for (const use of entry.body.figures) {
      issues.push({
        file: entry.file,
        line: use.line,
        column: use.column,
        message: "Figures can only be shown on the pages of the plan they belong to.",
        expected: "a <Figure> in a plan, plan theme, priority or plan page",
        found: `<Figure id="${use.id}" />`,
        hint: "Move the figure into the plan's pages.",
      });
    }
  }

  // --- related priorities: by hand where given, else those of other plans sharing a theme
  const priorityByPath = new Map<string, Priority>(
    plans.flatMap((plan) => plan.priorities.map((p) => [`${plan.id}/${p.id}`, p] as const)),
  );
  for (const plan of plans) {
    for (const priority of plan.priorities) {
      const manual = related.get(priority);
      if (manual) {
        priority.relatedPriorities = manual.ids.flatMap((id, index) => {
          const target = priorityByPath.get(id);
          if (target) return [target];
          issues.push({
            ...at(manual.entry, ["relatedPriorities", index]),
            message: `There is no priority '${id}'.`,
            expected: "'<plan id>/<priority id>' of an existing priority",
            found: id,
            hint: didYouMean(id, priorityByPath.keys()),
          });
          return [];
        });
      } else {
        priority.relatedPriorities = relatedByTheme(priority, plans);
      }
    }
  }

  // --- drafting notes, for the editors' report
  const draftingNotes: DraftingNote[] = entries.flatMap((entry) => collectNotes(entry));

  if (issues.length > 0) return { issues };
  const graph: ContentGraph = {
    site,
    plans,
    themes: [...themes.values()].sort((a, b) => a.title.localeCompare(b.title)),
    services: [...services.values()].sort((a, b) => a.name.localeCompare(b.name)),
    sitePages,
    draftingNotes,
    byReference,
  };
  return { graph, issues };
}

function relatedByTheme(priority: Priority, plans: Plan[]): Priority[] {
  const mine = new Set(priority.themes);
  return plans
    .filter((plan) => plan !== priority.plan)
    .flatMap((plan) => plan.priorities)
    .map((other) => ({ other, shared: other.themes.filter((theme) => mine.has(theme)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.other.number - b.other.number)
    .slice(0, 3)
    .map(({ other }) => other);
}

function collectNotes(entry: ParsedEntry): DraftingNote[] {
  const notes: DraftingNote[] = entry.body.draftingNotes.map((note) => ({
    file: entry.file,
    line: note.line,
    column: note.column,
    text: note.text,
    about: "body",
  }));
  const add = (texts: string[] | undefined, path: FieldPath, about: string) => {
    (texts ?? []).forEach((text, index) => {
      notes.push({ file: entry.file, ...entry.source.positionOf([...path, index]), text, about });
    });
  };
  const data = entry.data as {
    draftingNotes?: string[];
    objectives?: { number: number; draftingNotes?: string[] }[];
    actions?: { number: number; draftingNotes?: string[] }[];
    number?: number;
  };
  add(data.draftingNotes, ["draftingNotes"], "the entry");
  data.objectives?.forEach((item, index) =>
    add(item.draftingNotes, ["objectives", index, "draftingNotes"], `objective ${item.number}`),
  );
  data.actions?.forEach((item, index) =>
    add(item.draftingNotes, ["actions", index, "draftingNotes"], `action ${item.number}`),
  );
  return notes.sort((a, b) => a.line - b.line);
}

function idField(entry: ParsedEntry): string {
  return "id" in entry.data ? entry.data.id : "site";
}

function byOrder(a: { order: number }, b: { order: number }): number {
  return a.order - b.order;
}
