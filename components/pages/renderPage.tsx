import type { ContentGraph } from "@/lib/content";
import type { PageSpec } from "@/lib/site/pages";
import { ActionPage } from "./ActionPage";
import { ChangesPage } from "./ChangesPage";
import { ChapterPage } from "./ChapterPage";
import { HomePage } from "./HomePage";
import { PlanPage } from "./PlanPage";
import { PlanPrintPage } from "./PlanPrintPage";
import { PlansPage } from "./PlansPage";
import { PriorityPage } from "./PriorityPage";
import { ServicePage } from "./ServicePage";
import { SiteInfoPage } from "./SiteInfoPage";
import { ServicesPage } from "./ServicesPage";
import { ThemePage } from "./ThemePage";
import { ThemesPage } from "./ThemesPage";

/** The view for each kind of page. */
export function renderPage(graph: ContentGraph, spec: PageSpec) {
  switch (spec.kind) {
    case "home":
      return <HomePage graph={graph} />;
    case "plans":
      return <PlansPage graph={graph} />;
    case "plan":
      return <PlanPage graph={graph} plan={spec.plan} />;
    case "printPlan":
      return <PlanPrintPage graph={graph} plan={spec.plan} />;
    case "priority":
      return <PriorityPage graph={graph} priority={spec.priority} />;
    case "chapter":
      return <ChapterPage graph={graph} page={spec.page} />;
    case "action":
      return <ActionPage graph={graph} action={spec.action} />;
    case "themes":
      return <ThemesPage graph={graph} />;
    case "theme":
      return <ThemePage graph={graph} theme={spec.theme} />;
    case "services":
      return <ServicesPage graph={graph} />;
    case "service":
      return <ServicePage graph={graph} service={spec.service} />;
    case "changes":
      return <ChangesPage graph={graph} />;
    case "sitePage":
      return <SiteInfoPage graph={graph} page={spec.page} />;
  }
}
