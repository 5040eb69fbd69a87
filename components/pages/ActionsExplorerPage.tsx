import type { ReactNode } from "react";
import { LeadServices } from "@/components/content/LeadServices";
import { plural } from "@/components/content/PriorityList";
import { Tag } from "@/components/content/Tag";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { Document } from "@/components/layout/Document";
import { ItemStatus } from "@/components/content/Withdrawn";
import {
  LEAD_STATUSES,
  NOT_REPORTED,
  filterActions,
  hasFilters,
  parseFilters,
} from "@/lib/site/action-filters";
import type { ViewProps } from "@/components/layout/page-context";
import { actionPath, priorityPath, urls } from "@/lib/site/urls";

/**
 * Every delivery-plan action, filtered by a plain GET form: it works with JavaScript off and every
 * combination of filters is an address that can be shared.
 */
export function ActionsExplorerPage({ ctx }: ViewProps<"actionsExplorer">) {
  const { graph } = ctx;
  const filters = parseFilters(ctx.query, graph);
  const actions = filterActions(graph, filters);
  const total = filterActions(graph, {}).length;
  return (
    <Document
      ctx={ctx}
      meta={{
        description: `Every delivery-plan action of ${graph.site.name}, filtered by plan, priority, theme and lead service.`,
        noindex: hasFilters(filters),
      }}
    >
      <Breadcrumbs trail={[{ label: "Home", href: urls.home() }]} />
      <h1>All delivery-plan actions</h1>
      <form
        className="filters"
        method="get"
        action={urls.actions()}
        aria-labelledby="filters-heading"
      >
        <h2 id="filters-heading" className="contents-list__title">
          Filter the actions
        </h2>
        <div className="filters__grid">
          <Select name="plan" label="Plan" value={filters.plan}>
            {graph.plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.title}
              </option>
            ))}
          </Select>
          <Select name="priority" label="Priority" value={filters.priority}>
            {graph.plans
              .filter((plan) => plan.priorities.some((p) => p.actions.length > 0))
              .map((plan) => (
                <optgroup key={plan.id} label={plan.title}>
                  {plan.priorities
                    .filter((priority) => priority.actions.length > 0)
                    .map((priority) => (
                      <option key={priority.reference} value={priority.reference}>
                        {priority.reference}: {priority.shortTitle ?? priority.title}
                      </option>
                    ))}
                </optgroup>
              ))}
          </Select>
          <Select name="theme" label="Theme" value={filters.theme}>
            {graph.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.title}
              </option>
            ))}
          </Select>
          <Select name="service" label="Lead service" value={filters.service}>
            {graph.services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </Select>
          <Select name="status" label="Progress" value={filters.status}>
            {graph.statuses.map((status) => (
              <option key={status.id} value={status.id}>
                {status.name}
              </option>
            ))}
            <option value={NOT_REPORTED}>Not yet reported</option>
          </Select>
          <div>
            <label htmlFor="filter-updatedSince">Updated since</label>
            <div className="hint" id="filter-updatedSince-hint">
              A date, for example 2026-10-01
            </div>
            <input
              type="date"
              id="filter-updatedSince"
              name="updatedSince"
              aria-describedby="filter-updatedSince-hint"
              defaultValue={filters.updatedSince ?? ""}
            />
          </div>
          <Select name="lead" label="Lead status" value={filters.lead}>
            {Object.entries(LEAD_STATUSES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            Apply filters
          </button>
          {hasFilters(filters) ? <a href={urls.actions()}>Clear filters</a> : null}
        </div>
      </form>
      <p className="search-status" role="status">
        Showing {plural(actions.length, "action")} of {total}.
      </p>
      {actions.length === 0 ? (
        <p>
          No actions match these filters. <a href={urls.actions()}>Clear the filters</a> to see
          every action.
        </p>
      ) : (
        <ol className="search-results">
          {actions.map((action) => (
            <li key={action.reference} className="search-result">
              <p className="action__number">
                <Tag>{action.reference}</Tag>{" "}
                <a href={actionPath(action)}>Action {action.number}</a>
                {action.priority.plan.status === "draft" ? (
                  <>
                    {" "}
                    <Tag tone="yellow">Draft plan</Tag>
                  </>
                ) : null}
              </p>
              <p className="action__text">{action.text}</p>
              <p className="item-status">
                <ItemStatus item={action} />
              </p>
              <p className="meta-text">
                <a href={priorityPath(action.priority)}>{action.priority.title}</a> ·{" "}
                <LeadServices preview={ctx.preview} action={action} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <h2>Download the data</h2>
      <p>
        Every action with its reference, plan, priority, group, text, lead, member lead, themes,
        latest progress and permanent link, as open data: <a href={urls.actionsData("csv")}>CSV</a>{" "}
        or <a href={urls.actionsData("json")}>JSON</a>. Every progress update:{" "}
        <a href={urls.updatesData()}>CSV</a>. Every objective, with the period the plan gives it:{" "}
        <a href={urls.objectivesData()}>JSON</a>.
      </p>
    </Document>
  );
}

function Select({
  name,
  label,
  value,
  children,
}: {
  name: string;
  label: string;
  value: string | undefined;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">All</option>
        {children}
      </select>
    </div>
  );
}
