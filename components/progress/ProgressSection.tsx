import { HeadedSection } from "@/components/layout/Sections";
import type { Status } from "@/lib/content";
import { rollUp, type TrackedItem } from "@/lib/content/progress";
import type { Section } from "@/lib/site/sections";
import { ProgressSummary } from "./ProgressSummary";

/** A page's "Progress" section: the roll-up of the items it is about. */
export function ProgressSection({
  section,
  items,
  statuses,
  id,
  what,
}: {
  section: Section;
  items: readonly TrackedItem[];
  statuses: readonly Status[];
  id: string;
  what: string;
}) {
  return (
    <HeadedSection section={section}>
      <ProgressSummary rollUp={rollUp(items, statuses)} id={id} what={what} />
    </HeadedSection>
  );
}
