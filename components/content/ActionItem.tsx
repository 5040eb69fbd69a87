import type { Action } from "@/lib/content";
import { actionPath, urls } from "@/lib/site/urls";
import { DraftingFlags } from "./DraftingFlags";
import { LeadRows } from "./LeadRows";
import { Tag } from "./Tag";
import { ThemeTags } from "./ThemeTags";
import { ItemStatus } from "./Withdrawn";

/** One delivery-plan action in a list: number, reference, text, who leads, its themes. */
export function ActionItem({
  action,
  idPrefix = "",
  preview,
}: {
  action: Action;
  idPrefix?: string;
  preview: boolean;
}) {
  return (
    <li className="action" id={`${idPrefix}${urls.actionAnchor(action.number)}`}>
      <p className="action__number">
        <a href={actionPath(action)}>Action {action.number}</a> <Tag>{action.reference}</Tag>
      </p>
      <p className="action__text">{action.text}</p>
      <p className="item-status">
        <ItemStatus item={action} />
      </p>
      <DraftingFlags notes={action.draftingNotes} preview={preview} />
      <dl className="summary-list">
        <LeadRows action={action} preview={preview} />
      </dl>
      <ThemeTags themes={action.themes} />
    </li>
  );
}
