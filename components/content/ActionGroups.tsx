import GithubSlugger from "github-slugger";
import type { Action } from "@/lib/content";
import { ActionItem } from "./ActionItem";

export interface ActionGroup {
  id: string;
  title: string;
  actions: Action[];
}

/** Actions under their delivery-plan sub-headings, in the order the plan gives them. */
export function groupActions(actions: readonly Action[]): ActionGroup[] {
  const slugger = new GithubSlugger();
  const groups: ActionGroup[] = [];
  for (const action of actions) {
    const last = groups.at(-1);
    if (last && last.title === action.group) last.actions.push(action);
    else groups.push({ id: `actions-${slugger.slug(action.group)}`, title: action.group, actions: [action] });
  }
  return groups;
}

export function ActionGroups({ groups }: { groups: readonly ActionGroup[] }) {
  return groups.map((group) => (
    <section key={group.id} aria-labelledby={group.id}>
      <h3 id={group.id}>{group.title}</h3>
      <ol className="action-list">
        {group.actions.map((action) => (
          <ActionItem key={action.number} action={action} />
        ))}
      </ol>
    </section>
  ));
}
