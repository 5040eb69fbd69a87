import type { Action } from "@/lib/content";
import { urls } from "@/lib/urls";
import { EditorNotes } from "./EditorNotes";
import { Tag } from "./Tag";

export const LEAD_NOT_CONFIRMED = "Lead not yet confirmed";
export const MEMBER_LEAD_NOT_CONFIRMED = "Not yet confirmed";

/** One delivery-plan action: its number and reference, what the council will do, and who leads. */
export function ActionItem({ action }: { action: Action }) {
  return (
    <li className="action" id={urls.actionAnchor(action.number)}>
      <p className="action__number">
        <span>Action {action.number}</span> <Tag>{action.reference}</Tag>
      </p>
      <p className="action__text">{action.text}</p>
      <EditorNotes notes={action.draftingNotes} />
      <dl className="summary-list">
        <div>
          <dt>Who will lead this?</dt>
          <dd>
            {action.leads.length > 0
              ? action.leads.map((service) => service.name).join(" and ")
              : LEAD_NOT_CONFIRMED}
          </dd>
        </div>
        <div>
          <dt>Member lead</dt>
          <dd>{action.memberLead ?? MEMBER_LEAD_NOT_CONFIRMED}</dd>
        </div>
      </dl>
    </li>
  );
}
