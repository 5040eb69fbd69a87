import type { Action } from "@/lib/content";
import { LeadServices, MEMBER_LEAD_NOT_CONFIRMED } from "./LeadServices";

/** "Who will lead this?" and "Member lead" rows of a summary list, wherever an action is shown. */
export function LeadRows({ action, preview }: { action: Action; preview: boolean }) {
  return (
    <>
      <div>
        <dt>Who will lead this?</dt>
        <dd>
          <LeadServices action={action} preview={preview} />
        </dd>
      </div>
      <div>
        <dt>Member lead</dt>
        <dd>{action.memberLead ?? MEMBER_LEAD_NOT_CONFIRMED}</dd>
      </div>
    </>
  );
}
