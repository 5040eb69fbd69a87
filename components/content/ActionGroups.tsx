import type { ActionGroup } from "@/lib/site/action-groups";
import { ActionItem } from "./ActionItem";

/** Actions under their sub-headings. `idPrefix` keeps anchors unique where several lists share a page. */
export function ActionGroups({
  groups,
  headingLevel: Heading = "h3",
  idPrefix = "",
  preview,
}: {
  groups: readonly ActionGroup[];
  headingLevel?: "h3" | "h4";
  idPrefix?: string;
  preview: boolean;
}) {
  return groups.map((group) => (
    <section key={group.id} aria-labelledby={`${idPrefix}${group.id}`}>
      <Heading id={`${idPrefix}${group.id}`}>{group.title}</Heading>
      <ol className="action-list">
        {group.actions.map((action) => (
          <ActionItem key={action.number} action={action} idPrefix={idPrefix} preview={preview} />
        ))}
      </ol>
    </section>
  ));
}
