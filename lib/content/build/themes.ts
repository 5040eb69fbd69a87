import { formatFieldPath } from "../field-path";
import type { Theme } from "../graph";
import type { ContentIssue } from "../issues";
import { didYouMean } from "../nearest";
import type { ParsedEntry } from "../parse-entry";
import type { FieldPath } from "../field-path";
import { at } from "./context";

/**
 * The cross-plan themes an item names. `required` names the item when it must serve at least one
 * (priorities and actions, so every one can be found by subject).
 */
export function resolveThemes(
  themes: ReadonlyMap<string, Theme>,
  entry: ParsedEntry,
  ids: readonly string[] | undefined,
  path: FieldPath,
  required?: string,
): { themes: Theme[]; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  if (required && (ids ?? []).length === 0) {
    issues.push({
      ...at(entry, path.length > 1 ? path.slice(0, -1) : path),
      field: formatFieldPath(path),
      message: `${required} has no cross-plan theme.`,
      expected: "a list of at least one theme id, e.g. themes: [health-and-wellbeing]",
      found: "no themes",
      hint: `Add the themes it serves. The themes are: ${[...themes.keys()].join(", ")}.`,
    });
  }
  const found = (ids ?? []).flatMap((id, index) => {
    const theme = themes.get(id);
    if (theme) return [theme];
    const renamed = [...themes.values()].find((candidate) => candidate.formerIds?.includes(id));
    issues.push({
      ...at(entry, [...path, index]),
      message: `There is no cross-plan theme '${id}'.`,
      expected: "the id of a file in content/themes/",
      found: id,
      hint: renamed
        ? `The theme '${id}' was renamed: use its new id, ${renamed.id}.`
        : didYouMean(id, themes.keys()),
    });
    return [];
  });
  return { themes: found, issues };
}
