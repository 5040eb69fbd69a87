import DecapCmsWidgetObject from "decap-cms-widget-object";

/**
 * The control Decap's list draws each item of a list with (an action, an objective): Decap's own
 * object control, drawn again only when something it is given has changed. Decap draws every item
 * of a list again at each keystroke in any one of them, every field of each with its label and
 * help text, even in items that are folded away: for a priority's 57 actions most of a second per
 * keystroke on a 2-core machine (bench/README.md, section 10). An item whose value, field, folding,
 * errors and the rest are as before draws what it drew before, so it is left as it is. Decap gives
 * each item the list's metadata as a new map at every change, equal to the last: that one is
 * compared by value (Immutable's `equals`); everything else by identity, so a change Decap makes
 * still reaches the item.
 *
 * Bundled in place of `decap-cms-widget-object` for Decap's list only (decap-swaps.ts); the
 * "object" widget of a single group of fields (an action's "Withdrawn") stays Decap's own.
 */
const ObjectControl = DecapCmsWidgetObject.controlComponent;

type Props = Record<string, unknown>;

class ListItemControl extends ObjectControl {
  override shouldComponentUpdate(next: Props, nextState: unknown): boolean {
    return nextState !== this.state || changedProps(this.props as Props, next);
  }
}

/** Are two sets of props different: by value for the metadata, by identity for the rest? */
export function changedProps(before: Props, after: Props): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (before[key] === after[key]) continue;
    if (key === "metadata" && sameValue(before[key], after[key])) continue;
    return true;
  }
  return false;
}

/** Immutable's value equality, without depending on which copy of Immutable made the values. */
function sameValue(a: unknown, b: unknown): boolean {
  const equals = (a as { equals?: unknown } | null | undefined)?.equals;
  return typeof equals === "function" && equals.call(a, b) === true;
}

const ListItemWidget = { ...DecapCmsWidgetObject, controlComponent: ListItemControl };
export default ListItemWidget;
