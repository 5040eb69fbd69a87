import type { Action } from "@/lib/content";
import { actionPath, urls } from "@/lib/urls";
import { EditorNotes } from "./EditorNotes";
import { LeadServices, MEMBER_LEAD_NOT_CONFIRMED } from "./LeadServices";
import { Tag } from "./Tag";
import { ThemeTags } from "./ThemeTags";

/** One delivery-plan action in a list: number, reference, text, who leads, its themes. */
export function ActionItem({ action, idPrefix = "" }: { action: Action; idPrefix?: string }) {
  return (
    <li className="action" id={`${idPrefix}${urls.actionAnchor(action.number)}`}>
      <p className="action__number">
        <a href={actionPath(action)}>Action {action.number}</a> <Tag>{action.reference}</Tag>
      </p>
      <p className="action__text">{action.text}</p>
      <EditorNotes notes={action.draftingNotes} />
      <dl className="summary-list">
        <div>
          <dt>Who will lead this?</dt>
          <dd>
            <LeadServices action={action} />
          </dd>
        </div>
        <div>
          <dt>Member lead</dt>
          <dd>{action.memberLead ?? MEMBER_LEAD_NOT_CONFIRMED}</dd>
        </div>
      </dl>
      <ThemeTags themes={action.themes} />
    </li>
  );
}
