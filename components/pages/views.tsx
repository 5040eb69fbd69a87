import { searchIndex } from "@/lib/render/search-index";
import { runSearch } from "@/lib/search/search";
import type { HtmlKindName } from "@/lib/site/pages";
import { ActionPage } from "./ActionPage";
import { ActionsExplorerPage } from "./ActionsExplorerPage";
import { ObjectivePage } from "./ObjectivePage";
import { PlanProgressPage } from "./PlanProgressPage";
import { ChangesPage } from "./ChangesPage";
import { ChapterPage } from "./ChapterPage";
import { DatedCitationPage } from "./DatedCitationPage";
import { HomePage } from "./HomePage";
import { ItemHistoryPage } from "./ItemHistoryPage";
import { PlanPage } from "./PlanPage";
import { PlanPrintPage } from "./PlanPrintPage";
import { PlansPage } from "./PlansPage";
import { PriorityPage } from "./PriorityPage";
import { SearchPage } from "./SearchPage";
import { ServicePage } from "./ServicePage";
import { ServicesPage } from "./ServicesPage";
import { SiteInfoPage } from "./SiteInfoPage";
import { ThemePage } from "./ThemePage";
import { ThemesPage } from "./ThemesPage";
import type { View, ViewProps } from "@/components/layout/page-context";

/** The longest query searched: longer text is cut, so a request cannot cost more than this. */
const MAX_QUERY_LENGTH = 200;

function SearchView({ ctx }: ViewProps<"search">) {
  const query = (ctx.query.get("q") ?? "").slice(0, MAX_QUERY_LENGTH);
  const { total, results } = runSearch(searchIndex(ctx.graph), query);
  return <SearchPage ctx={ctx} query={query} total={total} results={results} />;
}

/**
 * The view of every kind of page residents read (lib/site/page-kinds.ts). The type requires one
 * view per HTML kind, each given exactly the parameters and sections its kind declares.
 */
export const PAGE_VIEWS: { [K in HtmlKindName]: View<K> } = {
  home: HomePage,
  plans: PlansPage,
  plan: PlanPage,
  printPlan: PlanPrintPage,
  priority: PriorityPage,
  action: ActionPage,
  objective: ObjectivePage,
  planProgress: PlanProgressPage,
  chapter: ChapterPage,
  themes: ThemesPage,
  theme: ThemePage,
  services: ServicesPage,
  service: ServicePage,
  changes: ChangesPage,
  sitePage: SiteInfoPage,
  search: SearchView,
  actionsExplorer: ActionsExplorerPage,
  entryHistory: ItemHistoryPage,
  actionHistory: ItemHistoryPage,
  objectiveHistory: ItemHistoryPage,
  datedReference: DatedCitationPage,
};
