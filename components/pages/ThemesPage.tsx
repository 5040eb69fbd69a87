import type { ViewProps } from "@/components/layout/page-context";
import { plural } from "@/components/content/PriorityList";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { urls } from "@/lib/site/urls";

export function ThemesPage({ ctx }: ViewProps<"themes">) {
  const { graph } = ctx;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `Subjects that run through every plan of ${graph.site.name}, from climate to care.`,
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <h1>Themes across the plans</h1>
      <p className="lead-text">
        Each theme gathers what every plan says about one subject: its priorities, objectives and
        delivery-plan actions.
      </p>
      <ul className="card-list card-list--plain">
        {graph.themes.map((theme) => (
          <li key={theme.id} className="card">
            <h2 className="card__title">
              <a href={urls.theme(theme.id)}>{theme.title}</a>
            </h2>
            <p>{theme.description}</p>
            <p className="meta-text">
              {plural(theme.priorities.length, "priority")},{" "}
              {plural(theme.objectives.length, "objective")},{" "}
              {plural(theme.actions.length, "action")}
            </p>
          </li>
        ))}
      </ul>
    </Document>
  );
}
