import GithubSlugger from "github-slugger";
import type { Action } from "../content/graph";

export interface ActionGroup {
  id: string;
  title: string;
  actions: Action[];
}

/** Actions under their delivery-plan sub-headings, in the plan's order, each group with an anchor. */
export function groupActions(actions: readonly Action[]): ActionGroup[] {
  const slugger = new GithubSlugger();
  const groups: ActionGroup[] = [];
  for (const action of actions) {
    const last = groups.at(-1);
    if (last && last.title === action.group) last.actions.push(action);
    else {
      groups.push({
        id: `actions-${slugger.slug(action.group)}`,
        title: action.group,
        actions: [action],
      });
    }
  }
  return groups;
}

/** The other actions under the same delivery-plan heading, shown on an action's page. */
export function sameGroupAs(action: Action): Action[] {
  return action.priority.actions.filter(
    (other) => other.group === action.group && other !== action,
  );
}
