import type { ReactNode } from "react";
import { ActionGroups } from "@/components/content/ActionGroups";
import { CiteThis } from "@/components/content/CiteThis";
import { DraftingFlags } from "@/components/content/DraftingFlags";
import { Mdx } from "@/components/content/Mdx";
import { RelatedPriorities } from "@/components/content/RelatedPriorities";
import { Tag } from "@/components/content/Tag";
import { ThemeTags } from "@/components/content/ThemeTags";
import { ItemStatus } from "@/components/content/Withdrawn";
import { HeadedSection } from "@/components/layout/Sections";
import { Measures } from "@/components/progress/Measures";
import { ProgressSummary } from "@/components/progress/ProgressSummary";
import type { Priority, Site, Status } from "@/lib/content";
import { rollUp } from "@/lib/content/progress";
import { groupActions } from "@/lib/site/action-groups";
import type { SectionKeyOf } from "@/lib/site/pages";
import type { Section } from "@/lib/site/sections";
import { objectivePath, urls } from "@/lib/site/urls";

type PrioritySectionKey = SectionKeyOf<"priority">;

/**
 * How each section a priority declares (lib/site/page-kinds.ts) is rendered: on the priority's own
 * page, and one level down with prefixed ids on the whole plan's print page, so both show the same
 * sections.
 */
export function prioritySectionViews(
  site: Site,
  statuses: readonly Status[],
  priority: Priority,
  preview: boolean,
  place: { level: "h2" | "h3"; idPrefix: string; print: boolean } = {
    level: "h2",
    idPrefix: "",
    print: false,
  },
): { [K in PrioritySectionKey]: (section: Section<K>) => ReactNode } {
  const headed = (section: Section, children: ReactNode) => (
    <HeadedSection
      section={section}
      level={place.level}
      idPrefix={place.idPrefix}
      landmark={!place.print}
    >
      {children}
    </HeadedSection>
  );
  const figures = priority.plan.figures;
  return {
    commitment: (section) => headed(section, <p className="commitment">{priority.commitment}</p>),
    objectives: (section) =>
      headed(
        section,
        <ol className="objective-list">
          {priority.objectives.map((objective) => {
            const id = `${place.idPrefix}${urls.objectiveAnchor(objective.number)}`;
            return (
              <li key={objective.number} id={id}>
                <p className="objective__text">
                  <Tag>{objective.reference}</Tag>{" "}
                  {place.print ? (
                    objective.text
                  ) : (
                    <a href={objectivePath(objective)}>{objective.text}</a>
                  )}
                </p>
                <p className="item-status">
                  <ItemStatus item={objective} />
                </p>
                <DraftingFlags notes={objective.draftingNotes} preview={preview} />
                {place.print ? null : (
                  <>
                    <ThemeTags themes={objective.themes} />
                    <CiteThis site={site} citable={{ kind: "objective", objective }} id={id} />
                  </>
                )}
              </li>
            );
          })}
        </ol>,
      ),
    body: () => (
      <Mdx
        body={priority.body}
        preview={preview}
        figures={figures}
        idPrefix={place.idPrefix === "" ? undefined : place.idPrefix}
      />
    ),
    progress: (section) =>
      headed(
        section,
        <ProgressSummary
          rollUp={rollUp([...priority.objectives, ...priority.actions], statuses)}
          id={`${place.idPrefix}priority-progress`}
          what="objectives and actions of this priority"
        />,
      ),
    measures: (section) =>
      headed(
        section,
        <Measures measures={priority.measures ?? []} idPrefix={place.idPrefix} what="priority" />,
      ),
    actions: (section) =>
      headed(
        section,
        <>
          <p>
            What the council will do to deliver this priority, and who will lead each action. There
            are {priority.actions.length} actions.
          </p>
          <ActionGroups
            preview={preview}
            groups={groupActions(priority.actions)}
            headingLevel={place.level === "h2" ? "h3" : "h4"}
            idPrefix={place.idPrefix === "" ? undefined : place.idPrefix}
          />
        </>,
      ),
    related: (section) => headed(section, <RelatedPriorities priority={priority} />),
  };
}
