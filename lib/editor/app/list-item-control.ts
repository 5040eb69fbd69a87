import DecapCmsWidgetObject from "decap-cms-widget-object";
import { changedProps, type Props } from "./changed-props";

/**
 * The control Decap's list draws each item of a list with (an action, an objective): Decap's own
 * object control, drawn again only when something it is given has changed. Decap draws every item
 * of a list again at each keystroke in any one of them, every field of each with its label and
 * help text, even in items that are folded away: for a priority's 57 actions most of a second per
 * keystroke on a 2-core machine (bench/README.md, section 10). An item whose value, field, folding,
 * errors and the rest are as before draws what it drew before, so it is left as it is
 * (changed-props.ts: Decap gives each item the list's metadata as a new map at every change, equal
 * to the last, so that one is compared by value).
 *
 * Bundled in place of `decap-cms-widget-object` for Decap's list only (decap-swaps.ts); the
 * "object" widget of a single group of fields (an action's "Withdrawn") stays Decap's own.
 */
const ObjectControl = DecapCmsWidgetObject.controlComponent;

class ListItemControl extends ObjectControl {
  override shouldComponentUpdate(next: Props, nextState: unknown): boolean {
    return nextState !== this.state || changedProps(this.props, next);
  }
}

const ListItemWidget = { ...DecapCmsWidgetObject, controlComponent: ListItemControl };
export default ListItemWidget;
